"""RussianRecogniser on names by their script and their preposition: Latin letters inside a Russian text (an
address copied from an envelope), «с» + genitive. The persons and the island are invented."""

from __future__ import annotations

from letopis.extract.russian import RussianRecogniser
from letopis.model import Document


def test_latin_places_and_a_latin_name_in_a_russian_address_are_typed_by_the_english_lexicon():
    text = "Обратный адрес: Mexico, Sonora, Hermosillo, Lucas Zhukovets. Ответ ждём к Пасхе."
    doc = RussianRecogniser()(Document(path="t.txt", text=text, content_hash="t"))
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("place", "Mexico") in found
    assert ("place", "Hermosillo") in found
    assert ("person", "Lucas Zhukovets") in found
    assert not any(t == "organisation" for t, s in found if s in ("Mexico", "Hermosillo", "Lucas Zhukovets"))


def test_a_lone_name_after_s_with_the_genitive_is_a_place_unless_something_is_exacted_from_a_man():
    recogniser = RussianRecogniser()
    doc = recogniser(Document(path="t.txt", text="Почта с Кулдострова приходит раз в месяц.", content_hash="t"))
    assert ("place", "Кулдострова") in {(m.type, m.text) for m in doc.mentions}
    doc = recogniser(Document(path="t.txt", text="Постановили: взыскать с Сомова штраф в пять рублей.",
                              content_hash="t"))
    assert ("person", "Сомова") in {(m.type, m.text) for m in doc.mentions}
