"""Peoples and languages of the period in English, never a name alone ("Our Swede, Olaf Quellberg, left", "in
Yiddish"), kept inside a name ("the Tatar Obkom"). Part of ``lexicon``.
"""

from __future__ import annotations

# (not Welsh or Pole: surnames too)
PEOPLES: frozenset[str] = frozenset((
    "Yiddish Hebrew Latin Esperanto Ladino "
    "Norwegian Norwegians Swedish Swedes Danish Icelandic Estonian Estonians Lithuanian Lithuanians Lettish Lett Letts "
    "Latvians Belorussian Byelorussian Belarusian Romanian Rumanian Roumanian Bulgarian Bulgarians Serbian Serbs "
    "Croatian Croats Slovene Slovak Greek Greeks Turkish Turks Tatar Tatars Tartar Tartars Armenian Armenians "
    "Azerbaijani Azeri Persian Persians Uzbek Uzbeks Turkmen Tajik Tajiks Mongol Mongols Mongolian Korean Koreans "
    "Canadian Australian Scottish Mexican Brazilian Belgian Belgians Portuguese Bohemian Moravian Galician "
    "Siberian Siberians Chuvash Mordvin Mordvins Udmurt Votyak Ossetian Ossetians Chechen Chechens Ingush Abkhaz "
    "Circassian Circassians Dagestani Yakut Yakuts Buryat Buryats Jews Gentile Gentiles Arab Arabs Finns Poles "
    "Czechs Hungarians Magyar Magyars Prussian Prussians Bavarian Austrians Germans Russians Ukrainians Georgians "
    "Americans Britons Egyptian Ottoman Ottomans Albanian Montenegrin Bosnian Frenchman Frenchmen Englishman "
    "Englishmen Scotsman Irishman Irishmen Welshman Dutchman Muscovite Muscovites Leningraders Petrograders "
    "Moldavian Moldavians Bessarabian Lezgin Lezgins Avar Avars Kumyk Kalmyk Bashkirs Karelian Komi Zyrian Votyaks "
    "Serb Croat Slovenes Bulgar Bulgars Cossack Cossacks Kazakhs Kirghiz Kurds Afghans Kazakh Turkoman Turkomans "
    "Tungan Tungans Dungan Dungans Uighur Uighurs Uyghur Sart Sarts Taranchi Karakalpak Karakalpaks Khivan Khivans "
    "Bukharan Bukharans Bashkir Evenk Evenks Chukchi Koryak Koryaks Eskimo Eskimos Aleut Aleuts Nenets Khanty Mansi "
    "Tungus Lamut Lamuts Orochon Orochons Gilyak Gilyaks Goldi Nanai Udege Samoyed Samoyeds Ostyak Ostyaks Vogul "
    "Voguls Lapp Lapps Zyryans Kamchadal Kamchadals "
    # faiths and a church's language ("lodged in Buddhist temples", "the Methodist mission")
    "Methodist Buddhist Catholic Lutheran Orthodox Muslim Moslem Mohammedan Mahometan Protestant Shinto Sikh "
    "Parsee Confucian Taoist Mennonite Molokan Dukhobor Doukhobor Slavonic"
).split())
