"""Given names of the period: Russian names in their usual transliterations, their diminutives, and the
written abbreviations of English first names ("Wm.", "Chas.").

Every other first name comes from faker's name tables (``en_gazetteer``), consulted through ``is_given``.
"""

from __future__ import annotations

import functools
import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# Russian given names in their common transliterations (period knowledge; the name tables lack
# many of these spellings). Every other first name comes from faker's name tables (``en_gazetteer``),
# consulted through ``is_given``.
GIVEN_NAMES: frozenset[str] = _words(
    "Aleksandr Alexander Aleksander Alexandr Sasha Aleksei Alexei Alexey Aleksey Anatolii Anatoly Anatoli "
    "Andrei Andrey Anton Arkadii Arkady Boris Dmitrii Dmitry Dmitri Evgenii Evgeny Yevgeny Fedor Fyodor "
    "Feodor Felix Feliks Gavriil Gavril Georgii Georgy Grigorii Grigory Grigori Igor Ilya Ilia Ivan "
    "Iosif Joseph Kliment Konstantin Lev Leonid Maksim Maxim Matvei Mikhail Mikhail Nikita Nikolai "
    "Nikolay Oleg Pavel Petr Pyotr Peter Roman Semen Semyon Sergei Sergey Stepan Timofei Vadim Valentin "
    "Valerian Vasilii Vasily Vasili Vasiliy Viacheslav Vyacheslav Viktor Victor Vladimir Vladislav "
    "Yakov Iakov Yuri Yurii Iurii Efim Yefim Emelian Mark Moisei Osip Platon Rafail Ruvim Savelii "
    "Solomon Taras Trofim Varlam Veniamin Zakhar Avel Adolf Aron Artem Artemii Bogdan Daniil Demian "
    "Egor Yegor Ermolai Filipp Gleb Isaak Kirill Kuzma Lazar Luka Makar Miron Nestor Nikifor Nil Panteleimon "
    "Prokofii Rodion Sviatoslav Tikhon Vsevolod Zinovii "
    "Aleksandra Alexandra Alla Anna Anastasia Antonina Vera Valentina Varvara Galina Daria Darya "
    "Ekaterina Yekaterina Elena Yelena Elizaveta Evdokiia Zinaida Zoia Zoya Irina Klavdiia Larisa "
    "Lidiia Lidia Liudmila Lyudmila Lyubov Liubov Maria Mariia Marina Nadezhda Natalia Natalya Nina "
    "Olga Polina Praskovia Raisa Serafima Sofia Sofya Sophia Tatiana Tatyana Fania Fanya Evgenia Inessa "
    "Klara Kseniia Ksenia Larissa Margarita Matrena Rozaliia Rosa Roza Sara Taisiia Ulyana Emma "
    # the old peasant and artisan names of the period
    "Afanasii Akim Arkhip Demian Eremei Evsei Ignat Ignatii Innokentii Isai Kapiton Karp Kondratii "
    "Lavrentii Mitrofan Naum Nazar Nikanor Nikodim Onufrii Pakhom Prokhor Sidor Spiridon Terentii Trifon "
    "Ustin Vikentii Zosima Fedot Filat Frol Ermolai Anisim Averian Avksentii Gerasim Evstafii Ilarion "
    "Akulina Pelageia Marfa Fekla Avdotia Agafia Ustinia Anisia Aksinia Arina Domna Vassa Fedosia Glafira "
    "Agrafena Efrosiniia Lukeriia Stepanida Evfrosiniia Matrona Melaniia Paraskeva Varvara Anfisa Agripina "
    # Yiddish given names as the period's letters and records spell them
    "Moishe Moyshe Yankel Yankev Leib Leyb Leibl Motl Mottel Hersh Hershl Berl Shmuel Shloime Itzik Itsik "
    "Mendl Zelig Fishl Feivel Yosl Nokhem Avrom Avrum Leizer Gitl Gittel Rivke Sore Chaye Khaye Feige Feyge "
    "Beile Khane Dvoire Dvoira Reizl Malke Pesl Toybe Tsipe Freyde Brokhe Sheine Perl Hinde Mirl Tsirl "
    # the diminutives that name a man or a woman (no one full name to map them to, see DIMINUTIVES)
    "Shura Shurka Zhenya Valya Sanya Slava Sima "
    # the other peoples of the Empire and the Union, as Russian and English records transliterate them:
    # Georgian, Armenian, Azerbaijani, Tatar and Central Asian, Ukrainian, Lithuanian, Latvian, Polish
    "Shalva Vakhtang Tengiz Giorgi Givi Levan Nodar Otar Zurab Revaz Guram Sergo Akaki Besarion "
    "Tamar Nino Ketevan Manana Eteri Ashot Armen Gevorg Grigor Hakob Hovhannes Karapet Vardan Tigran Aram "
    "Artashes Suren Sarkis Levon Anastas Anahit Siranush Gayane Mamed Memet Magomed Akhmed Rashid Rustam Tursun "
    "Ergash Bakhyt Nurmukhamed Abdurakhman Abdulla Gabdulla Latif Hafiz Mirza Usman Kurban Temir Zakir Mukhtar "
    "Kairat Serik Bakhtiyar Shamil Gusein Huseyn Kerim Jafar Dzhafar Samed Sadyk Gafur Rakhim Khalil Ibragim "
    "Yusup Aslan Khadicha Gulsum Zeynab Zarema Fatma Aishe Gulnara Saodat Zukhra Zulfiya Zuleikha Mykola Hryhoriy "
    "Mykhailo Oleksandr Oleksiy Yuriy Dmytro Volodymyr Fedir Ihor Andriy Serhiy Pavlo Kyrylo Yakiv Panas Okhrim "
    "Hnat Levko Mykyta Olena Oksana Hanna Halyna Kateryna Motria Paraska Odarka Yavdokha Kazys Vytautas Algirdas "
    "Juozas Pranas Stasys Vladas Bronius Steponas Jurgis Mykolas Ignas Kostas Zigmas Birute Aldona Danute "
    "Genovaite Karlis Peteris Janis Fricis Krisjanis Arvids Voldemars Eduards Jekabs "
    "Milda Elza Emilija Wladyslaw Mikolaj Jozef Stanislaw Kazimierz Boleslaw Czeslaw Zbigniew Waclaw "
    "Jadwiga Wanda Halina"
)


# Russian diminutives in transliteration and the full given name each stands for (period usage; the
# ambiguous ones, Sasha, Shura, Zhenya, Valya, Polya, that name a man or a woman, are left out).
DIMINUTIVES: dict[str, str] = {
    "Kolya": "Nikolai", "Kolka": "Nikolai", "Kolechka": "Nikolai", "Misha": "Mikhail", "Mishka": "Mikhail",
    "Petya": "Petr", "Petka": "Petr", "Petrusha": "Petr", "Vanya": "Ivan", "Vanka": "Ivan", "Vanyusha": "Ivan",
    "Volodya": "Vladimir", "Vovka": "Vladimir", "Seryozha": "Sergei", "Serezha": "Sergei", "Kostya": "Konstantin",
    "Kostka": "Konstantin", "Mitya": "Dmitri", "Mitka": "Dmitri", "Dima": "Dmitri", "Grisha": "Grigori",
    "Grishka": "Grigori", "Yasha": "Iakov", "Yashka": "Iakov", "Pasha": "Pavel", "Pashka": "Pavel",
    "Fedya": "Fedor", "Fedka": "Fedor", "Alyosha": "Aleksei", "Lyosha": "Aleksei", "Alesha": "Aleksei",
    "Tolya": "Anatoli", "Vitya": "Viktor", "Borya": "Boris", "Lyova": "Lev", "Styopa": "Stepan",
    "Stepa": "Stepan", "Senya": "Semen", "Manya": "Maria", "Manka": "Maria", "Masha": "Maria",
    "Mashka": "Maria", "Marusya": "Maria", "Sonya": "Sofia", "Sonechka": "Sofia", "Nadya": "Nadezhda",
    "Olya": "Olga", "Tanya": "Tatiana", "Katya": "Ekaterina", "Lena": "Elena", "Lenochka": "Elena",
    "Anya": "Anna", "Nyura": "Anna", "Nyusha": "Anna", "Dusya": "Evdokiia", "Zina": "Zinaida",
    "Tonya": "Antonina", "Lida": "Lidiia", "Galya": "Galina", "Lyuba": "Liubov", "Klava": "Klavdiia",
    "Raya": "Raisa", "Natasha": "Natalia", "Dunya": "Evdokiia", "Lyusya": "Liudmila",
    "Motya": "Matrena", "Grunya": "Agrafena", "Grusha": "Agrafena", "Frosya": "Efrosiniia",
    "Stesha": "Stepanida", "Parasha": "Praskovia", "Lusha": "Lukeriia", "Lukasha": "Lukeriia", "Fenya": "Fekla",
    "Glasha": "Glafira", "Varya": "Varvara", "Verochka": "Vera", "Vasya": "Vasili", "Vaska": "Vasili",
    "Lyonya": "Leonid", "Zhora": "Georgi", "Yegorka": "Egor", "Nikolasha": "Nikolai", "Petrusya": "Petr",
    "Syoma": "Semen", "Ilyusha": "Ilia", "Abrasha": "Abram", "Yosya": "Iosif",
    "Zyama": "Zinovii", "Lyolya": "Elena", "Filya": "Filipp", "Proshka": "Prokhor", "Nastya": "Anastasiia",
    "Nastenka": "Anastasiia", "Dasha": "Daria", "Dashka": "Daria", "Liza": "Elizaveta", "Ksyusha": "Kseniia",
    "Fima": "Efim", "Venya": "Veniamin", "Arkasha": "Arkadii", "Andryusha": "Andrei", "Timosha": "Timofei",
    "Kuzya": "Kuzma", "Ganya": "Gavriil", "Lyuda": "Liudmila", "Tosya": "Antonina", "Marfusha": "Marfa",
    "Tolik": "Anatoli", "Katyusha": "Ekaterina", "Lyubasha": "Liubov", "Olenka": "Olga", "Tanyusha": "Tatiana",
    "Ninochka": "Nina", "Vitka": "Viktor", "Lizochka": "Elizaveta", "Katenka": "Ekaterina",
    "Annushka": "Anna", "Mashenka": "Maria", "Nyurka": "Anna", "Nyurochka": "Anna", "Galochka": "Galina",
    "Tanechka": "Tatiana", "Dunyasha": "Evdokiia", "Lyubochka": "Liubov", "Vanechka": "Ivan",
    "Petenka": "Petr", "Mishenka": "Mikhail",
}  # fmt: skip

# The diminutives that name a man or a woman, or stand for two full names: the full names each may be.
AMBIGUOUS_DIMINUTIVES: dict[str, tuple[str, ...]] = {
    "Sasha": ("Aleksandr", "Aleksandra"), "Sashka": ("Aleksandr", "Aleksandra"), "Shura": ("Aleksandr", "Aleksandra"),
    "Shurka": ("Aleksandr", "Aleksandra"), "Sanya": ("Aleksandr", "Aleksandra"), "Zhenya": ("Evgenii", "Evgeniia"),
    "Valya": ("Valentin", "Valentina"), "Pasha": ("Pavel", "Praskovia"), "Slava": ("Viacheslav", "Vladislav"),
    "Sima": ("Serafima", "Semen"), "Tosya": ("Antonina", "Anatolii"),
}  # fmt: skip

# Written abbreviations of English first names (letters, lists and newspapers of the 18th-20th c.).
GIVEN_ABBREVIATIONS: frozenset[str] = _words(
    "Wm Jas Chas Thos Geo Jno Jos Benj Saml Robt Richd Edw Danl Nathl Alexr Wmn Hy Fredk Jonth Margt Eliz"
)


def spelling_key(word: str) -> str:
    """One key for the transliterations of a Russian name: Evdokiya, Evdokia, Evdokiia; Pelageya, Pelageia."""
    w = word.lower()
    for a, b in (("iya", "ia"), ("iia", "ia"), ("ya", "ia"), ("yu", "iu"), ("yo", "e"), ("ye", "e"), ("y", "i"),
                 ("ii", "i")):
        w = w.replace(a, b)
    return w


_GIVEN_KEYS: frozenset[str] = frozenset(spelling_key(w) for w in GIVEN_NAMES | frozenset(DIMINUTIVES.values()))


def is_given(word: str) -> bool:
    """A first name: the transliterations above (with or without their letters' marks: Kārlis, Władysław),
    an abbreviation, or faker's name tables."""
    if word in GIVEN_NAMES or word in DIMINUTIVES or word.rstrip(".") in GIVEN_ABBREVIATIONS:
        return True
    if not word.isascii() and _unmarked(word) in GIVEN_NAMES:
        return True
    if word[:1].isupper() and word[1:].islower() and spelling_key(word) in _GIVEN_KEYS:
        return True
    from letopis.extract.en_gazetteer import given_name

    return given_name(word)


def _unmarked(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.replace("ł", "l").replace("Ł", "L"))
                   if not unicodedata.combining(ch))


# the endings a Cyrillic diminutive in -я / -а takes in the oblique cases («Стеше», «Стешей», «Ванюшу»)
_OBLIQUE = (("ей", "я"), ("ей", "а"), ("ой", "а"), ("е", "я"), ("е", "а"), ("и", "я"), ("и", "а"), ("ю", "я"),
            ("у", "а"), ("ы", "а"), ("я", "я"), ("а", "а"))


@functools.lru_cache(maxsize=50_000)
def cyrillic_diminutive(word: str, lemmas: tuple[str, ...] = ()) -> str | None:
    """The nominative of a Russian diminutive written in Cyrillic, in any case («Стешей» -> «Стеша»), when the
    table above knows it in transliteration; ``lemmas`` are the morphology's guesses, tried first."""
    import iuliia

    if not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word):
        return None
    candidates = [lemma.title() for lemma in lemmas] + [word[: -len(end)] + nom for end, nom in _OBLIQUE
                                                       if word.endswith(end) and len(word) > len(end) + 2]
    return next((c for c in candidates if (latin := iuliia.WIKIPEDIA.translate(c)) in DIMINUTIVES or
                 latin in AMBIGUOUS_DIMINUTIVES), None)
