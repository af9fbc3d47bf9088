"""DateRecogniser: every date form, English and Russian, as a data table."""

from __future__ import annotations

import pytest

from letopis.extract.dates import DateRecogniser
from letopis.model import Document, DocumentMeta, Segment


@pytest.fixture(scope="module")
def rec() -> DateRecogniser:
    return DateRecogniser()


def _dates(rec, text, date="1923-09-01", genre="primary: report"):
    doc = rec(Document("t.txt", text, "h", meta=DocumentMeta(date=date, genre=genre)))
    return [(m.text, m.date.iso, m.date.precision) for m in doc.mentions]


CASES = [
    # absolute
    ("Report as of September 1, 1923.", "September 1, 1923", "1923-09-01", "day"),
    ("Signed on 1 September 1923 in the city.", "1 September 1923", "1923-09-01", "day"),
    ("Printed on 13 December 1921.", "13 December 1921", "1921-12-13", "day"),
    ("Published Monday 23 October 2023.", "Monday 23 October 2023", "2023-10-23", "day"),
    ("It happened on January 9, 1905.", "January 9, 1905", "1905-01-09", "day"),
    # month and year
    ("The congress met in March 1921.", "March 1921", "1921-03", "month"),
    ("Arrests followed in February 1920.", "February 1920", "1920-02", "month"),
    # partial
    ("Unrest grew in late August.", "late August", "1923-08-21/1923-08-31", "interval"),
    ("Unrest grew in early August of this year.", "early August of this year", "1923-08-01/1923-08-10", "interval"),
    ("Strikes in mid-July were short.", "mid-July", "1923-07-11/1923-07-20", "interval"),
    ("In the second half of August they met.", "second half of August", "1923-08-16/1923-08-31", "interval"),
    ("It was quiet in the spring of 1921.", "spring of 1921", "1921-03/1921-05", "season"),
    ("Revolts erupted in the autumn of 1920.", "autumn of 1920", "1920-09/1920-11", "season"),
    ("In the spring, the cell grew.", "spring", "1923-03/1923-05", "season"),
    ("The period 1920-22 was hard.", "1920-22", "1920/1922", "interval"),
    ("Documents of 1918-30 survive.", "1918-30", "1918/1930", "interval"),
    ("Crisis of February-March 1921 began.", "February-March 1921", "1921-02/1921-03", "interval"),
    ("Plans for May-June were made.", "May-June", "1923-05/1923-06", "interval"),
    ("Both March and April were calm.", "March and April", "1923-03/1923-04", "interval"),
    ("Between January and March of this year it grew.", "Between January and March of this year",
     "1923-01/1923-03", "interval"),
    ("In late February or early March of this year they met.", "late February or early March of this year",
     "1923-02-21/1923-03-10", "interval"),
    ("The books of the 1970s say so.", "1970s", "1970/1979", "decade"),
    ("In the early 1920s they argued.", "early 1920s", "1920/1923", "interval"),
    ("Writings of the 1930s and 1940s.", "1930s and 1940s", "1930/1949", "interval"),
    ("It was late 1922 when it ended.", "late 1922", "1922-09/1922-12", "interval"),
    ("In early 1921, grain ran out.", "early 1921", "1921-01/1921-04", "interval"),
    ("Their pre-1917 views.", "pre-1917", "../1916", "interval"),
    ("Their views prior to 1917.", "prior to 1917", "../1916", "interval"),
    ("Their views after 1917.", "after 1917", "1917/..", "interval"),
    ("It started in 1917 and ended.", "1917", "1917", "year"),
    # relative to the document date
    ("On March 19 of this year a meeting took place.", "March 19 of this year", "1923-03-19", "day"),
    ("Nothing happened until July of this year.", "July of this year", "1923-07", "month"),
    ("Wages were low in July.", "July", "1923-07", "month"),
    ("He was arrested in August of the previous year.", "August of the previous year", "1922-08", "month"),
    ("Prices rose this year.", "this year", "1923", "year"),
    ("It was raised on March 17 at a meeting.", "March 17", "1923-03-17", "day"),
    # Russian
    ("Доклад от 1 сентября 1923 г. прочитан.", "1 сентября 1923 г.", "1923-09-01", "day"),
    ("Это было в марте 1923 года.", "марте 1923 года", "1923-03", "month"),
    ("Собрание 19 марта сего года.", "19 марта сего года", "1923-03-19", "day"),
    ("Весной 1921 года было тихо.", "Весной 1921 года", "1921-03/1921-05", "season"),
    ("В начале 1920-х годов шли споры.", "В начале 1920-х годов", "1920/1923", "interval"),
    ("Осенью 1920 г. начались волнения.", "Осенью 1920 г.", "1920-09/1920-11", "season"),
    ("В 1920–1922 гг. шла борьба.", "1920–1922 гг.", "1920/1922", "interval"),
    ("В 1918-1919 годах он служил.", "1918-1919 годах", "1918/1919", "interval"),
    ("С 1918 по 1920 г. он служил.", "С 1918 по 1920 г.", "1918/1920", "interval"),
    ("В конце августа рабочие бастовали.", "конце августа", "1923-08-21/1923-08-31", "interval"),
    ("В середине июля 1921 г. было тихо.", "середине июля 1921 г.", "1921-07-11/1921-07-20", "interval"),
    ("В первой половине мая шли собрания.", "первой половине мая", "1923-05-01/1923-05-15", "interval"),
    ("В последней декаде июня шли собрания.", "последней декаде июня", "1923-06-21/1923-06-30", "interval"),
    ("В начале 1921 г. хлеба не было.", "начале 1921 г.", "1921-01/1921-04", "interval"),
    ("Во второй половине 1922 года цены росли.", "второй половине 1922 года", "1922-07/1922-12", "interval"),
    ("Весной этого года было тихо.", "Весной этого года", "1923-03/1923-05", "season"),
    ("Летом прошлого года было жарко.", "Летом прошлого года", "1922-06/1922-08", "season"),
    ("Зимой рабочие голодали.", "Зимой", "1923-12/1924-02", "season"),
    ("Аресты шли в январе–марте 1921 г.", "январе–марте 1921 г.", "1921-01/1921-03", "interval"),
    ("Собрания шли 1–3 августа 1921 г.", "1–3 августа 1921 г.", "1921-08-01/1921-08-03", "interval"),
    ("Собрания шли 29 и 30 июля.", "29 и 30 июля", "1923-07-29/1923-07-30", "interval"),
    ("До 1917 г. он жил в деревне.", "1917 г.", "1917", "year"),  # «до»: before or until, left a year
    ("После 1917 г. он жил в городе.", "После 1917 г.", "1917/..", "interval"),
    ("С 1917 года он состоял в партии.", "С 1917 года", "1917/..", "interval"),
    ("Цены выросли в мае этого года.", "мае этого года", "1923-05", "month"),
    ("Цены выросли в мае прошлого года.", "мае прошлого года", "1922-05", "month"),
    ("В августе было пять забастовок.", "августе", "1923-08", "month"),
    ("Весной нынешнего года было тихо.", "Весной нынешнего года", "1923-03/1923-05", "season"),
    ("Это решили в июне с.г. в Москве.", "июне с.г.", "1923-06", "month"),
    ("С ноября по декабрь 1921 года шли аресты.", "С ноября по декабрь 1921 года", "1921-11/1921-12", "interval"),
    ("С начала мая этого года шли аресты.", "начала мая этого года", "1923-05-01/1923-05-10", "interval"),
    # transliterated Russian (titles in bibliographies)
    ("See 'Spory v nachale 1920-kh godov', Moscow.", "v nachale 1920-kh godov", "1920/1923", "interval"),
    ("See 'Kritika 1930-kh gg.', Moscow.", "1930-kh gg.", "1930/1939", "decade"),
    ("See 'Doklad 1 sentiabria 1923 g.', Moscow.", "1 sentiabria 1923 g.", "1923-09-01", "day"),
    ("See 'Stachki v marte 1921 g.', Moscow.", "marte 1921 g.", "1921-03", "month"),
    # offsets from the document date
    ("There were arrests over the past three months.", "over the past three months",
     "1923-06-01/1923-09-01", "interval"),
    ("Prices rose in the last two years.", "in the last two years", "1921-09-01/1923-09-01", "interval"),
    ("He left three months ago.", "three months ago", "1923-06", "month"),
    ("He left two weeks ago.", "two weeks ago", "1923-08-18", "day"),
    ("He left a year ago.", "a year ago", "1922", "year"),
    ("Он уехал три месяца назад.", "три месяца назад", "1923-06", "month"),
    ("За последние три месяца недовольство выросло.", "За последние три месяца", "1923-06-01/1923-09-01",
     "interval"),
    # offsets from the date named before
    ("In September 1920 they met; two months later they split.", "two months later", "1920-11", "month"),
    ("He was jailed in June 1919. Six months later he was freed.", "Six months later", "1919-12", "month"),
    ("They met on 3 March 1921; two weeks later they parted.", "two weeks later", "1921-03-17", "day"),
    ("He left in May 1921. Two years later he returned.", "Two years later", "1923", "year"),
    ("He returned in May 1921, two months earlier than planned.", "two months earlier", "1921-03", "month"),
    ("The plan of 1919 looked to the next two decades.", "next two decades", "1919/1939", "interval"),
    ("Собрание прошло в сентябре 1920 г. Через два месяца группа распалась.", "Через два месяца", "1920-11",
     "month"),
    ("Его арестовали в июне 1919 г. Полгода спустя его освободили.", "Полгода спустя", "1919-12", "month"),
    ("В 1919 г. он уехал, через год вернулся.", "через год", "1920", "year"),
]


@pytest.mark.parametrize("text, surface, iso, precision", CASES)
def test_dates_forms(rec, text, surface, iso, precision):
    assert (surface, iso, precision) in _dates(rec, text)


def test_dates_two_days_never_future(rec):
    found = _dates(rec, "Meetings on August 29 and 30 were noisy.")
    assert found == [("August 29 and 30", "1923-08-29/1923-08-30", "interval")]


@pytest.mark.parametrize("text", [
    "An unskilled worker earned between 1,500 and 2,500 rubles.",
    "He earned 1923 rubles a month.",
    "See pp. 104-105 of the volume.",
    "You may go now.",
    "Two months later he left.",
    "Много лет спустя он вспоминал.",
    "They won the next two seats.",
    "Рабочие получали 1920 рублей.",
])
def test_dates_no_false_dates(rec, text):
    assert _dates(rec, text) == []


def test_dates_secondary_source_takes_year_from_context(rec):
    text = "The party met in 1921 and argued. In May the opposition grew."
    found = _dates(rec, text, date="2023-09-29", genre="secondary")
    assert ("May", "1921-05", "month") in found


def test_dates_start_end_interval_days(rec):
    doc = rec(Document("t", "Spring of 1921.", "h", meta=DocumentMeta(date="1923-09-01")))
    value = doc.mentions[0].date
    assert (value.start, value.end) == ("1921-03-01", "1921-05-31")


def test_dates_offsets_and_segments(rec):
    text = "Title\n\nIt began on 13 December 1921."
    segs = (Segment(0, "chrome", 0, 5), Segment(1, "paragraph", 7, len(text)))
    doc = rec(Document("t", text, "h", segments=segs))
    m = doc.mentions[0]
    assert text[m.start : m.end] == "13 December 1921" and m.segment == 1 and m.type == "date"


def test_dates_site_chrome_keeps_only_full_dates(rec):
    text = "Home > News > 2021\n\nFriday 12 March 2021, by the editors\n\nIt rained."
    segs = (Segment(0, "chrome", 0, 18), Segment(1, "chrome", 20, 56), Segment(2, "paragraph", 58, len(text)))
    doc = rec(Document("t", text, "h", segments=segs))
    assert [(m.text, m.date.iso, m.date.precision, m.segment) for m in doc.mentions] == [
        ("Friday 12 March 2021", "2021-03-12", "day", 1)]


def test_dates_offset_anchor_carries_over_segments(rec):
    text = "It began in October 1919.\n\nFour months later it was over."
    segs = (Segment(0, "paragraph", 0, 25), Segment(1, "paragraph", 27, len(text)))
    doc = rec(Document("t", text, "h", segments=segs, meta=DocumentMeta(date="2020-05-05", genre="secondary")))
    assert ("Four months later", "1920-02", "month") in [(m.text, m.date.iso, m.date.precision) for m in doc.mentions]


def test_dates_ru_list_of_days_is_not_a_range(rec):
    found = _dates(rec, "Выходные дни — 4, 9 и 12 мая 1921 г.")
    assert all(iso != "1921-05-09/1921-05-12" for _, iso, _ in found)


def test_dates_same_year_ru_takes_the_year_in_context(rec):
    found = _dates(rec, "В 1919 г. он уехал. До ноября того же года он жил в деревне.", genre="secondary")
    assert ("ноября того же года", "1919-11", "month") in found


def test_dates_ago_needs_a_full_document_date(rec):
    assert _dates(rec, "He left three months ago.", date="1923") == []
