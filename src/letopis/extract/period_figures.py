"""Public figures of the period whose bare surname a reader of its sources takes for the man: White and
national leaders of the Civil War, party and state leaders of the 1920s and 1930s, socialists of the
International, statesmen of the nineteenth century ("Kolchak's army", "as Plekhanov put it").

A name here is a person when nothing in its context says otherwise ("on Frunze Street", "in Frunze" stay
places). The list holds no name of the documents the project is measured on (see DEVELOPERS.md).
"""

from __future__ import annotations

PERIOD_FIGURES: frozenset[str] = frozenset((
    "Kolchak Denikin Wrangel Yudenich Kornilov Kaledin Krasnov Ungern Petliura Skoropadsky Makhno "
    "Kropotkin Plekhanov Martov Axelrod Kerensky Milyukov Guchkov Rodzianko Tsereteli Chkheidze "
    "Zhordania Menzhinsky Yagoda Yezhov Kirov Kuibyshev Ordzhonikidze Frunze Voroshilov Budyonny Budenny "
    "Tukhachevsky Blyukher Yakir Uborevich Kamenev Rykov Tomsky Preobrazhensky Pyatakov Radek Rakovsky "
    "Sokolnikov Sapronov Osinsky Smilga Kaganovich Mikoyan Zhdanov Krupskaya Krasin Chicherin Sverdlov "
    "Volodarsky Skrypnyk Chubar Kosior Postyshev Antonov-Ovseenko Raskolnikov Dybenko Bubnov Riazanov "
    "Mayakovsky Yesenin Stolypin Witte Rasputin Pobedonostsev Struve Tugan-Baranovsky Lozovsky Kautsky "
    "Liebknecht Bebel Jaures Gramsci Mussolini Hitler Pilsudski Masaryk Hindenburg Ludendorff Churchill "
    "Clemenceau Poincare Gladstone Disraeli Bismarck Garibaldi Mazzini Napoleon Kossuth Parnell "
    "Vyshinsky Ulrikh Syrtsov Lominadze Ryutin Uglanov Kuusinen Manuilsky Pyatnitsky Piatnitsky Rudzutak "
    "Yaroslavsky Shkiryatov Solts Ioffe Joffe Karakhan Shaumyan Narimanov Sultan-Galiev Makharadze "
    "Mdivani Enukidze Yenukidze "
    # the neighbours' and the world's statesmen and revolutionaries of the period
    "Mannerheim Svinhufvud Gylling Ulmanis Smetona Dmowski Hrushevsky Vynnychenko Horthy Ataturk Atatürk "
    "Enver Talaat Gandhi Nehru Tilak Azaña Negrín Durruti Dimitrov Thälmann Thalmann Zetkin Ebert Noske "
    "Scheidemann Stresemann Briand Curzon Balfour Baldwin Roosevelt Coolidge Beneš Gottwald Dollfuss "
    "Choibalsan Sükhbaatar Sukhbaatar "
).split())


# The given name and patronymic by which the period's sources also name its leaders ("Vladimir Ilyich",
# «Ильич», "Lev Davidovich"): joined to the surname's person when the document names him by surname too.
FIGURE_NAMES: dict[str, tuple[str, str]] = {
    "Lenin": ("Vladimir", "Ilyich"), "Trotsky": ("Lev", "Davidovich"), "Stalin": ("Iosif", "Vissarionovich"),
    "Zinoviev": ("Grigory", "Evseevich"), "Kamenev": ("Lev", "Borisovich"), "Bukharin": ("Nikolai", "Ivanovich"),
    "Dzerzhinsky": ("Feliks", "Edmundovich"), "Budyonny": ("Semyon", "Mikhailovich"),
    "Rakovsky": ("Khristian", "Georgievich"), "Kalinin": ("Mikhail", "Ivanovich"),
    "Voroshilov": ("Kliment", "Efremovich"), "Frunze": ("Mikhail", "Vasilievich"), "Kirov": ("Sergei", "Mironovich"),
    "Lunacharsky": ("Anatoly", "Vasilievich"), "Krupskaya": ("Nadezhda", "Konstantinovna"),
    "Kolchak": ("Aleksandr", "Vasilievich"), "Denikin": ("Anton", "Ivanovich"), "Wrangel": ("Pyotr", "Nikolaevich"),
    "Kerensky": ("Aleksandr", "Fyodorovich"), "Plekhanov": ("Georgy", "Valentinovich"),
    "Tomsky": ("Mikhail", "Pavlovich"), "Rykov": ("Aleksei", "Ivanovich"), "Molotov": ("Vyacheslav", "Mikhailovich"),
    "Ordzhonikidze": ("Grigory", "Konstantinovich"), "Menzhinsky": ("Vyacheslav", "Rudolfovich"),
    "Chicherin": ("Georgy", "Vasilievich"), "Sverdlov": ("Yakov", "Mikhailovich"), "Kuibyshev": ("Valerian", "Vladimirovich"),
}  # fmt: skip


def period_figure(word: str) -> bool:
    """A public figure of the period known by surname alone ("Denikin", "Skrypnyk", "Kautsky")."""
    return word in PERIOD_FIGURES or (word.isupper() and word.title() in PERIOD_FIGURES)
