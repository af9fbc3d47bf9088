"""Parties, bodies and societies of the revolutionary and early Soviet period, under the one-word or contracted
names the documents use, with what each stands for. Part of ``lexicon.ORG_ABBREVIATIONS`` and
``lexicon.MEMBER_NOUNS``.

Chosen as a historian of the period knows them (the tsarist police, the national parties of the Caucasus
and Ukraine, the Soviet societies and foreign-trade bodies), not from any document's list of names.
"""

from __future__ import annotations

PERIOD_BODIES: dict[str, str] = {
    # tsarist and White bodies
    "Okhrana": "Department for the Protection of Public Security and Order",
    "Osvag": "Information and Propaganda Agency of the Volunteer Army",
    # the political police of the neighbouring states, as reports name them
    "Sûreté": "Sûreté générale", "Surete": "Sûreté générale", "Defensywa": "Polish Political Police",
    "Defensiva": "Polish Political Police", "Siguranța": "Romanian Secret Police", "Siguranta": "Romanian Secret Police",
    # national parties and movements
    "Musavat": "Musavat Party", "Dashnaktsutyun": "Armenian Revolutionary Federation",
    "Dashnaktsutiun": "Armenian Revolutionary Federation", "Hummet": "Hummet Party",
    "Ukapisty": "Ukrainian Communist Party", "UKP": "Ukrainian Communist Party", "Hromada": "Hromada",
    "Evsektsiia": "Jewish Sections of the Communist Party",
    "Evsektsiya": "Jewish Sections of the Communist Party", "Yevsektsiya": "Jewish Sections of the Communist Party",
    "Mezhraiontsy": "Inter-District Committee", "Trudoviki": "Trudoviks",
    # Soviet bodies, societies and trading companies
    "Politotdel": "Political Department", "Politupravlenie": "Political Administration",
    "Osoaviakhim": "Society for the Assistance of Defence, Aviation and Chemical Construction",
    "Aviakhim": "Society of Friends of Aviation and Chemical Construction", "MOPR": "International Red Aid",
    "Profintern": "Red International of Labour Unions", "Krestintern": "Peasant International",
    "KIM": "Communist Youth International", "STO": "Council of Labour and Defence",
    "Amtorg": "Amtorg Trading Corporation", "Arcos": "All-Russian Co-operative Society",
    "ARCOS": "All-Russian Co-operative Society", "Torgsin": "All-Union Association for Trade with Foreigners",
    "Glavlit": "Chief Administration for Literary and Publishing Affairs", "Proletkult": "Proletkult",
    "Dalstroi": "Far Northern Construction Trust", "Komzet": "Committee for the Settlement of Jewish Toilers",
    "OZET": "Society for the Settlement of Jewish Toilers on the Land", "Zemgor": "Zemgor",
    "MVD": "Ministry of Internal Affairs", "NKGB": "People's Commissariat of State Security",
    "MTS": "Machine and Tractor Station", "LKSM": "Leninist Communist Youth League",
    # parties and unions abroad, as the period's documents abbreviate them
    "PPS": "Polish Socialist Party", "SDKPiL": "Social Democracy of the Kingdom of Poland and Lithuania",
    "LSDSP": "Latvian Social Democratic Workers' Party", "NSDAP": "National Socialist German Workers' Party",
    "SED": "Socialist Unity Party of Germany", "ILP": "Independent Labour Party", "TUC": "Trades Union Congress",
    "IWW": "Industrial Workers of the World", "CNT": "National Confederation of Labour",
    "FAI": "Iberian Anarchist Federation", "POUM": "Workers' Party of Marxist Unification",
    "UGT": "General Union of Workers", "PCE": "Communist Party of Spain",
}
PERIOD_MEMBERS: dict[str, str] = {
    "Musavatist": "Musavatists", "Dashnak": "Dashnaks", "Borotbist": "Borotbists", "Ukapist": "Ukapists",
    "Maximalist": "Maximalists", "Mezhraionets": "Mezhraiontsy", "Bundist": "Bundists", "Poale Zionist": "Poale Zion",
}
