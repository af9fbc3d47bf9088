"""Rivers, river lands and towns of the period a historian of Russia knows, under their period names
(GeoNames, in ``en_gazetteer``, has today's names and no rivers). Part of ``lexicon.PLACES``.
"""

from __future__ import annotations

# Rivers and river lands a historian of Russia and Europe knows, whose names are no common word or name
# (the ambiguous ones, "the Don", "the Tom", "the Kuban", are places only after "the": ``THE_RIVERS``).
RIVERS: frozenset[str] = frozenset((
    "Dnieper Dnepr Dniester Dnestr Oka Kama Neva Dvina Irtysh Yenisei Yenisey Enisei Amur Pechora Vychegda "
    "Sukhona Klyazma Desna Pripyat Pripiat Vistula Niemen Neman Danube Rhine Elbe Oder Vyatka Chusovaya Iset "
    "Angara Selenga Volkhov Sheksna Khoper Mologa Svir Ingul Ingulets Psel Vorskla Sozh Berezina "
    "Schuylkill Susquehanna Volhynia Podolia Polesie Zaporozhye Tavria Bessarabia Kuban Terek "
    "Zamoskvorechye"
).split())
THE_RIVERS: frozenset[str] = RIVERS | frozenset((
    "Don Tom Ob Lena Bug Ural Tobol Tura Belaya Sura Tsna Moskva Seim Sosna Samara Ishim Vaga Unzha Vetluga "
    "Medveditsa Donets Tay Clyde Forth Tyne Tees Wear Severn Trent Mersey Thames Humber Shannon Liffey Seine "
    "Loire Rhone Garonne Meuse Scheldt Tagus Po Tiber Hudson Delaware Ohio Potomac Lehigh Wabash "
    "Caspian Baltic Aral Adriatic Aegean Mediterranean"  # the seas, by their adjective ("across the Caspian")
).split())
# Towns of the period under their period names, many ending like surnames (Chernigov, Berdichev).
PERIOD_TOWNS: frozenset[str] = frozenset((
    "Chernigov Zhitomir Berdichev Nikolaev Kherson Elisavetgrad Elizavetgrad Zinovievsk Kremenchug Vinnitsa "
    "Kamenets-Podolsk Proskurov Mogilev Bobruisk Pinsk Brest-Litovsk Grodno Belostok Kishinev Tiraspol "
    "Taganrog Novocherkassk Lugansk Yuzovka Stalino Mariupol Bakhmut Artemovsk Gorlovka Slavyansk Kramatorsk "
    "Izium Sumy Akhtyrka Belgorod Kupyansk Starobelsk Uman Cherkassy Kriukov "
    "Izhevsk Votkinsk Sarapul Glazov Vyatka Kotlas Cherepovets Rybinsk Kineshma Shuya Vichuga "
    "Kokhma Orekhovo-Zuevo Serpukhov Kolomna Podolsk Lyubertsy Mytishchi Kronstadt Kronshtadt Gatchina "
    "Oranienbaum Sestroretsk Novorossiisk Novorossiysk Tuapse Maikop Ekaterinodar Krasnodar Armavir Stavropol "
    "Vladikavkaz Grozny Makhachkala Derbent Batum Batumi Kutais Poti Sukhum Erivan Ganja Elisavetpol Ashkhabad "
    "Merv Bukhara Khiva Kokand Andijan Namangan Fergana Verny Alma-Ata Semipalatinsk Pavlodar Petropavlovsk "
    "Karaganda Kustanai Aktyubinsk Uralsk Guryev Syzran Buzuluk Buguruslan Orsk Troitsk Miass "
    "Kyshtym Shadrinsk Kurgan Tyumen Tobolsk Biisk Barnaul Kuznetsk Shcheglovsk Anzhero-Sudzhensk "
    "Kansk Achinsk Minusinsk Verkhneudinsk Ulan-Ude Blagoveshchensk Nikolsk-Ussuriisky Yakutsk Magadan "
    "Vorkuta Ukhta Syktyvkar Ust-Sysolsk Petrozavodsk Kem Solovki Kargopol Velsk Totma Ustyug Kovrov Murom "
    "Vyksa Arzamas Balakhna Kulebaki Dzerzhinsk Kimry Kashin Bezhetsk Torzhok Rzhev "
    "Ostashkov Staritsa Zubtsov Klin Dmitrov Bogorodsk Noginsk Yegorievsk Ramenskoye Zaraisk "
    "Kashira Tula Aleksin Yefremov Yelets Lipetsk Usman Borisoglebsk Michurinsk Morshansk "
    "Kamyshin Volsk Khvalynsk Pokrovsk Marxstadt Nikolaevsk Yelabuga "
    "Menzelinsk Bugulma Sviyazhsk Cheboksary Yoshkar-Ola Krasnokokshaisk Alatyr "
    # the period's exonyms and former names, which today's gazetteer does not keep
    "Archangel Christiania Königsberg Konigsberg Danzig Memel Libau Dorpat Salonica Salonika Bombay Batoum "
    "Mukden Pishpek Novo-Nikolaevsk Novonikolaevsk Stettin Pressburg Agram Laibach Fiume Adrianople Erzerum "
    "Resht Siam Galicia Bukovina Courland Transcaspia Semirechye "
    # the Union's and its neighbours' regions, islands and frontier towns under the period's names
    "Sakhalin Kamchatka Chukotka Yakutia Primorye Transbaikalia Trans-Baikal Buryatia Tuva Tannu-Tuva Uriankhai "
    "Turkmenia Kirghizia Tajikistan Dagestan Chechnya Abkhazia Adjaria Ajaria Karelia Bashkiria Tataria Chuvashia "
    "Manchuria Sinkiang Xinjiang Tibet Hokkaido Formosa Gilan Mazandaran Khorasan Kurdistan Anatolia Transylvania "
    "Silesia Pomerania Ruhr Rhineland Alsace Lorraine Catalonia Andalusia Asturias Ulster Transvaal Punjab "
    "Malaya Burma Okhotsk Ayan Anadyr Enzeli Urga Kyakhta Kiakhta Uliasutai Kobdo Maimachen Kalgan Tientsin "
    "Dairen Chefoo Port-Arthur Kashgar Kuldja Kulja Termez Kerki Kushka Merv "
    # China's provinces and towns in the period's postal romanisation (today's pinyin is in the gazetteer)
    "Peking Peiping Hankow Nanking Tsingtao Shantung Shansi Shensi Kansu Honan Hupeh Szechwan Kweichow Kwangsi "
    "Kwangtung Fukien Chekiang Kiangsu Anhwei Kiangsi Chihli Hopeh Jehol Chahar Suiyuan Ningsia Tsinghai "
    "Heilungkiang Fengtien Urumchi Tihwa Chuguchak Yarkand Khotan Turfan Kucha Paotow Lanchow Kaifeng Amoy Swatow "
    "Foochow Ningpo Chungking Changsha Wuchang Tsitsihar Hailar Manchuli Simla"
).split())
