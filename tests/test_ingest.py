"""Tests for letopis.ingest: discovery, manifests, readers per format, encodings, bad input."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from letopis.errors import (
    CorruptFile,
    EmptyDocument,
    EncodingError,
    FileTooLarge,
    InputError,
    ManifestError,
    NoTextLayer,
    UnsupportedFormat,
)
from letopis.ingest import Source, discover, read, source_key
from letopis.ingest.decode import decode_bytes

RU = "Рабочая группа собрала совещание на заводе. Товарищ Кузьмин выступил с докладом о забастовке."
EN = "The committee met at the mill on Tuesday. Comrade Hallam spoke about the strike."


def _write(path: Path, data: bytes | str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def _read(path: Path, **kw) -> object:
    return read(Source(path.resolve(), str(path), source_key(str(path))), **kw)


def _kinds(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


# --- text, normalisation, metadata -------------------------------------------------------------


def test_ingest_txt_normalises_and_hashes(tmp_path):
    raw = "\ufeffCafe\u0301 report  \r\n\r\nFirst line.\t\r\nSecond line.\r\n"
    doc = _read(_write(tmp_path / "a.txt", raw))
    assert doc.text == "Café report\n\nFirst line.\nSecond line.\n"
    assert doc.content_hash == hashlib.sha256(doc.text.encode()).hexdigest()
    assert doc.format == "txt"
    assert doc.path == str(tmp_path / "a.txt")


def test_ingest_txt_blocks(tmp_path):
    raw = (
        "# Report on the mills\n\nThe Strike Committee\n\nThe meeting opened at noon.\nIt went on.\n\n"
        "> A quoted line.\n\n- first item\n\n2. second item in a list that goes on.\n\nWe went to the\n"
    )
    doc = _read(_write(tmp_path / "r.txt", raw))
    assert _kinds(doc) == [
        ("heading", "# Report on the mills"),
        ("heading", "The Strike Committee"),
        ("paragraph", "The meeting opened at noon.\nIt went on."),
        ("quote", "> A quoted line."),
        ("list_item", "- first item"),
        ("list_item", "2. second item in a list that goes on."),
        ("paragraph", "We went to the"),
    ]
    assert doc.meta.title == "Report on the mills"


LONG_LINE = "The committee of the works met and discussed the wages of the workers in the rolling shop. " * 2


@pytest.mark.parametrize(
    "raw,expected",
    [
        # one paragraph per line, no blank lines
        (f"{LONG_LINE}\n{LONG_LINE}\n", [("paragraph", LONG_LINE.strip())] * 2),
        # hard-wrapped: a short line ending a sentence ends the paragraph
        (
            (
                "The committee of the works met on the first day and\nthen it ended.\n"
                "The second paragraph starts here, runs on for a while\nand ends here."
            ),
            [
                ("paragraph", "The committee of the works met on the first day and\nthen it ended."),
                ("paragraph", "The second paragraph starts here, runs on for a while\nand ends here."),
            ],
        ),
        # a heading and a list without blank lines
        (
            "# Demands\nThe meeting demanded:\n- bread\n- peace\n  for all",
            [
                ("heading", "# Demands"),
                ("paragraph", "The meeting demanded:"),
                ("list_item", "- bread"),
                ("list_item", "- peace\n  for all"),
            ],
        ),
        # indented first lines start paragraphs
        (
            "    The works stood still for\nthree days in March.\n    Then the workers\nwent back.",
            [
                ("paragraph", "The works stood still for\nthree days in March."),
                ("paragraph", "Then the workers\nwent back."),
            ],
        ),
    ],
)
def test_ingest_txt_blocks_without_blank_lines(tmp_path, raw, expected):
    assert _kinds(_read(_write(tmp_path / "l.txt", raw))) == expected


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        (EN, "auto", "en"),
        (RU, "auto", "ru"),
        (RU + " " + EN, "auto", "ru"),
        (RU, "en", "en"),
        (EN, "ru", "ru"),
    ],
)
def test_ingest_language(tmp_path, text, lang, expected):
    assert _read(_write(tmp_path / "t.txt", text), lang=lang).meta.language == expected


def test_ingest_title_falls_back_to_stem(tmp_path):
    doc = _read(_write(tmp_path / "report-1923.txt", "it was a long day at the works, and nobody came.\n"))
    assert doc.meta.title == "report-1923"
    assert doc.meta.date is None


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r"])
def test_ingest_decodes_russian(tmp_path, encoding):
    text = (RU + "\n\n") * 3
    doc = _read(_write(tmp_path / "ru.txt", text.encode(encoding)))
    assert doc.text == text
    assert doc.meta.language == "ru"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize(
    "text",
    [
        "Привет, товарищ Иванов! Приходите завтра.",
        "Протокол 5",
        "Мясников и Кузнецов",
        "Отчёт о работе",
        "Мы требуем хлеба и мира!",
        "Съезд РКП(б) открылся в Кремле",
        "Да",
    ],
)
def test_ingest_decodes_short_russian(encoding, text):
    # charset-normalizer alone reads several of these as Big5, Shift-JIS or Thai
    assert decode_bytes(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_ingest_decodes_western(tmp_path, encoding):
    text = "Müller and Françoise met at the café in Zürich; the société paid.\n"
    assert _read(_write(tmp_path / "w.txt", text.encode(encoding))).text == text


def test_ingest_decodes_french_cp1252_not_cp1250():
    text = "Le café de la société générale à Zürich était fermé pendant la grève générale de mai."
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_ingest_decodes_utf16_without_bom(tmp_path):
    doc = _read(_write(tmp_path / "u.txt", (EN + "\n").encode("utf-16-le")))
    assert doc.text == EN + "\n"


@pytest.mark.parametrize(
    "mojibake",
    [
        (RU * 2).encode("utf-8").decode("cp1252", errors="replace"),  # UTF-8 read as CP1252
        (RU * 2).encode("cp1251").decode("latin-1"),  # CP1251 read as Latin-1
        "Le café de la société générale à Zürich était fermé. ".encode().decode("cp1252") * 2,
    ],
)
def test_ingest_refuses_mojibake_saved_as_utf8(tmp_path, mojibake):
    with pytest.raises(EncodingError, match="mojibake"):
        _read(_write(tmp_path / "m.txt", mojibake.encode("utf-8")))


def test_ingest_refuses_binary_txt(tmp_path):
    path = _write(tmp_path / "photo.txt", bytes(range(256)) * 20)
    with pytest.raises(EncodingError) as err:
        _read(path)
    assert str(err.value) == f"{path}: not a text file (binary content)"


def test_ingest_refuses_control_characters(tmp_path):
    path = _write(tmp_path / "junk.txt", "abc\x01\x02\x03\x04\x05\x06def\x07\x08" * 50)
    with pytest.raises(EncodingError):
        _read(path)


# --- markdown ----------------------------------------------------------------------------------


def test_ingest_md_keeps_source_and_marks_blocks(tmp_path):
    raw = "# Title of the note\n\nA *short* paragraph\nacross two lines.\n\n> quoted\n\n- item one\n- item two\n\n---\n"
    doc = _read(_write(tmp_path / "n.md", raw))
    assert doc.text == raw
    assert doc.format == "md"
    assert _kinds(doc) == [
        ("heading", "# Title of the note"),
        ("paragraph", "A *short* paragraph\nacross two lines."),
        ("quote", "> quoted"),
        ("list_item", "- item one"),
        ("list_item", "- item two"),
        ("chrome", "---"),
    ]
    assert doc.meta.title == "Title of the note"


# --- html --------------------------------------------------------------------------------------

HTML = """<!doctype html><html><head><title>Strike at the works</title>
<style>p {color: red}</style><script>var x = "hidden";</script></head>
<body><nav><a href="/">Home</a> &gt; <a href="/a">Archive</a></nav>
<header>Site name</header>
<main><h1>The strike</h1><p>The workers <b>stopped</b> work on
  Monday.<sup>1</sup></p>
<blockquote><p>We want bread.</p></blockquote>
<ul><li>first demand</li><li>second <i>demand</i></li></ul>
<div>Loose text in a div<p>inner paragraph</p>tail text</div></main>
<footer>Copyright</footer></body></html>"""


def test_ingest_html_blocks_in_order(tmp_path):
    doc = _read(_write(tmp_path / "p.html", HTML))
    assert doc.meta.title == "Strike at the works"
    assert _kinds(doc) == [
        ("chrome", "Home > Archive"),
        ("chrome", "Site name"),
        ("heading", "The strike"),
        ("paragraph", "The workers stopped work on Monday.¹"),
        ("quote", "We want bread."),
        ("list_item", "first demand"),
        ("list_item", "second demand"),
        ("paragraph", "Loose text in a div"),
        ("paragraph", "inner paragraph"),
        ("paragraph", "tail text"),
        ("chrome", "Copyright"),
    ]
    assert "hidden" not in doc.text and "color" not in doc.text


def test_ingest_html_title_without_site_name(tmp_path):
    raw = "<title>The strike | Labour History Site</title><h1>The strike</h1><p>Text.</p>"
    assert _read(_write(tmp_path / "t.html", raw)).meta.title == "The strike"


def test_ingest_html_declared_charset(tmp_path):
    raw = '<html><head><meta charset="windows-1251"><title>Отчёт</title></head><body><p>Товарищи!</p></body></html>'
    doc = _read(_write(tmp_path / "r.htm", raw.encode("cp1251")))
    assert doc.meta.title == "Отчёт"
    assert doc.text == "Товарищи!"


# --- pdf ---------------------------------------------------------------------------------------


def _pdf(path: Path, pages: list[list[str]], title: str = "") -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
        c.setAuthor("A. Clerk")
    for lines in pages:
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        if not lines:
            c.rect(100, 100, 300, 400, fill=1)
        c.showPage()
    c.save()
    return path


def test_ingest_pdf_text_layer(tmp_path):
    pages = [["The first page of the report", "ends in the middle of a"], ["sentence on the second page."]]
    doc = _read(_pdf(tmp_path / "r.pdf", pages, title="Factory report"))
    assert doc.format == "pdf"
    assert doc.text == "The first page of the report\nends in the middle of a\n\nsentence on the second page."
    assert doc.meta.title == "Factory report"
    assert doc.meta.author == "A. Clerk"
    assert [doc.text[b.start : b.end] for b in doc.blocks][-1] == "sentence on the second page."


def test_ingest_pdf_scanned_has_no_text_layer(tmp_path):
    path = _pdf(tmp_path / "scan.pdf", [[]])
    with pytest.raises(NoTextLayer) as err:
        _read(path)
    assert str(err.value) == f"{path}: no text layer (scanned PDF?); run OCR first"


def test_ingest_pdf_corrupt(tmp_path):
    with pytest.raises(CorruptFile):
        _read(_write(tmp_path / "bad.pdf", b"%PDF-1.4\n" + os.urandom(2000)))


# --- docx --------------------------------------------------------------------------------------


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Minutes of the cell"
    d.core_properties.author = "Secretary"
    d.add_heading("Minutes", level=1)
    d.add_paragraph("The cell met on Friday.")
    d.add_paragraph("Bread ration", style="List Bullet")
    d.add_paragraph("We shall not yield.", style="Quote")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "left cell"
    table.cell(0, 1).text = "right cell"
    d.save(str(path))
    return path


def test_ingest_docx_styles_and_core_properties(tmp_path):
    doc = _read(_docx(tmp_path / "m.docx"))
    assert doc.format == "docx"
    assert _kinds(doc) == [
        ("heading", "Minutes"),
        ("paragraph", "The cell met on Friday."),
        ("list_item", "Bread ration"),
        ("quote", "We shall not yield."),
        ("paragraph", "left cell"),
        ("paragraph", "right cell"),
    ]
    assert doc.meta.title == "Minutes of the cell"
    assert doc.meta.author == "Secretary"
    assert doc.meta.date and doc.meta.date_precision == "day"


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FOOTNOTES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_W}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>See the factory archive, file 12.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _with_footnotes(path: Path) -> Path:
    """Add a footnotes part and one reference to a python-docx file (python-docx cannot write them)."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                ref = '<w:r><w:footnoteReference w:id="1"/></w:r>'
                data = data.replace(b"Friday.</w:t></w:r>", b"Friday.</w:t></w:r>" + ref.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                rel = (
                    '<Relationship Id="rIdFn" Target="footnotes.xml" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/footnotes"/></Relationships>'
                )
                data = data.replace(b"</Relationships>", rel.encode())
            elif item.filename == "[Content_Types].xml":
                ct = (
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.footnotes+xml"/></Types>'
                )
                data = data.replace(b"</Types>", ct.encode())
            z.writestr(item, data)
        z.writestr("word/footnotes.xml", _FOOTNOTES_XML)
    path.write_bytes(out.getvalue())
    return path


def test_ingest_docx_footnotes(tmp_path):
    doc = _read(_with_footnotes(_docx(tmp_path / "f.docx")))
    kinds = _kinds(doc)
    assert ("paragraph", "The cell met on Friday.[1]") in kinds
    assert kinds[-2:] == [("heading", "Notes"), ("paragraph", "[1] See the factory archive, file 12.")]


@pytest.mark.parametrize("kind", ["random bytes", "zip without a document"])
def test_ingest_docx_corrupt(tmp_path, kind):
    data = os.urandom(3000)
    if kind != "random bytes":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", "not a word file")
        data = buf.getvalue()
    path = _write(tmp_path / "broken.docx", data)
    with pytest.raises(CorruptFile) as err:
        _read(path)
    assert str(err.value).startswith(f"{path}: not a valid .docx")


# --- bad input ---------------------------------------------------------------------------------


def test_ingest_empty_file(tmp_path):
    path = _write(tmp_path / "empty.txt", b"")
    with pytest.raises(EmptyDocument) as err:
        _read(path)
    assert str(err.value) == f"{path}: empty file"


def test_ingest_whitespace_only_file(tmp_path):
    with pytest.raises(EmptyDocument):
        _read(_write(tmp_path / "blank.md", "  \n\n \n"))


def test_ingest_file_too_large(tmp_path):
    path = _write(tmp_path / "big.txt", EN * 10)
    with pytest.raises(FileTooLarge) as err:
        _read(path, max_bytes=100)
    assert "\n" not in str(err.value) and "too large" in str(err.value)
    assert _read(path, max_bytes=10_000).text.startswith("The committee")


def test_ingest_permission_denied(tmp_path, monkeypatch):
    from letopis.ingest import reader

    path = _write(tmp_path / "locked.txt", EN)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader, "open", refuse, raising=False)
    with pytest.raises(InputError) as err:
        _read(path)
    assert str(err.value) == f"{path}: cannot read (permission denied)"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_ingest_permission_denied_for_real(tmp_path):
    path = _write(tmp_path / "locked.txt", EN)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            _read(path)
    finally:
        path.chmod(0o644)


def test_ingest_unknown_extension(tmp_path):
    _write(tmp_path / "scan.xyz", b"whatever")
    (source,) = discover([tmp_path / "scan.xyz"])
    assert isinstance(source.error, UnsupportedFormat)
    assert str(source.error) == (
        f"{tmp_path / 'scan.xyz'}: unsupported file type .xyz (letopis reads .txt .md .html .htm .pdf .docx)"
    )
    with pytest.raises(UnsupportedFormat):
        read(source)


def test_ingest_missing_path(tmp_path):
    (source,) = discover([tmp_path / "nowhere.txt"])
    assert isinstance(source.error, InputError)
    assert str(source.error).endswith("nowhere.txt: no such file or directory")


# --- discovery and manifests -------------------------------------------------------------------

MANIFEST = (
    "path,title,date,author,language,genre,source_url,translation_of,note,archive_ref\n"
    "docs/a.txt,Report A,1923-09,The Chairman,en,report,,,,RGASPI f. 17\n"
    "docs/gone.txt,Lost,1921,,,,,,,\n"
)


def test_ingest_discover_walks_sorted_and_skips_hidden(tmp_path):
    for name in ("b.txt", "a.md", ".hidden.txt", "sub/c.html", ".git/x.txt", "manifest.json"):
        _write(tmp_path / "corpus" / name, "[]" if name.endswith("json") else EN)
    given = str(tmp_path / "corpus")
    sources = discover([given])
    assert [s.given for s in sources] == [os.path.join(given, n) for n in ("a.md", "b.txt", "sub/c.html")]
    assert all(s.error is None and s.path.is_absolute() for s in sources)


def test_ingest_discover_relative_given_and_key(tmp_path, monkeypatch):
    _write(tmp_path / "corpus" / "x.txt", EN)
    monkeypatch.chdir(tmp_path / "corpus")
    (source,) = discover(["../corpus/./x.txt"])
    assert source.given == "../corpus/./x.txt" and source.display == "../corpus/./x.txt"
    assert source.key == "../corpus/x.txt"
    assert source.path == (tmp_path / "corpus" / "x.txt").resolve()


def test_ingest_manifest_in_folder(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "manifest.csv", MANIFEST)
    _write(root / "docs" / "a.txt", "Untitled heading line\n\n" + EN)
    _write(root / "docs" / "b.txt", EN)
    sources = discover([str(root)])
    by_name = {Path(s.given).name: s for s in sources}
    assert set(by_name) == {"a.txt", "b.txt", "gone.txt"}
    a = by_name["a.txt"]
    assert a.meta is not None and a.meta.title == "Report A" and a.meta.archive_ref == "RGASPI f. 17"
    assert by_name["b.txt"].meta is None
    gone = by_name["gone.txt"]
    assert isinstance(gone.error, ManifestError)
    assert gone.given == os.path.join(str(root), "docs/gone.txt")
    assert str(gone.error) == f"{gone.given}: listed in manifest.csv but the file is missing"
    doc = read(a)
    assert doc.meta.title == "Report A"
    assert (doc.meta.date, doc.meta.date_precision, doc.meta.author) == ("1923-09", "month", "The Chairman")


def test_ingest_manifest_above_a_given_file(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "manifest.csv", MANIFEST)
    _write(root / "docs" / "a.txt", EN)
    (source,) = discover([root / "docs" / "a.txt"])
    assert source.meta is not None and source.meta.title == "Report A"


def test_ingest_explicit_json_manifest_overrides(tmp_path):
    root = tmp_path / "corpus"
    _write(root / "manifest.csv", MANIFEST)
    _write(root / "docs" / "a.txt", EN)
    rows = {
        "documents": [{"path": "corpus/docs/a.txt", "title": "Other title", "date": "1920", "language": "ru"}]
    }
    explicit = _write(tmp_path / "my.json", json.dumps(rows))
    sources = discover([str(root)], manifest=explicit)
    (a,) = [s for s in sources if s.given.endswith("a.txt")]
    assert a.meta is not None and a.meta.title == "Other title"
    assert not any(isinstance(s.error, ManifestError) for s in sources)  # the folder manifest is overridden
    doc = read(a)
    assert (doc.meta.language, doc.meta.date_precision) == ("ru", "year")


def test_ingest_manifest_alone_lists_the_files(tmp_path):
    _write(tmp_path / "corpus" / "manifest.csv", MANIFEST)
    _write(tmp_path / "corpus" / "docs" / "a.txt", EN)
    manifest = tmp_path / "corpus" / "manifest.csv"
    sources = discover([], manifest=manifest)
    assert [(Path(s.given).name, type(s.error).__name__) for s in sources] == [
        ("a.txt", "NoneType"),
        ("gone.txt", "ManifestError"),
    ]
    assert sources[0].given == os.path.join(str(tmp_path / "corpus"), "docs/a.txt")


def test_ingest_manifest_given_as_a_path_lists_the_files(tmp_path):
    _write(tmp_path / "corpus" / "manifest.csv", MANIFEST)
    _write(tmp_path / "corpus" / "docs" / "a.txt", EN)
    _write(tmp_path / "extra.md", EN)
    sources = discover([tmp_path / "corpus" / "manifest.csv", tmp_path / "extra.md"])
    assert [(Path(s.given).name, type(s.error).__name__) for s in sources] == [
        ("extra.md", "NoneType"),
        ("a.txt", "NoneType"),
        ("gone.txt", "ManifestError"),
    ]
    assert sources[1].meta is not None and sources[1].meta.title == "Report A"


def test_ingest_broken_manifest_is_reported(tmp_path):
    _write(tmp_path / "c" / "manifest.csv", "title,date\nX,1920\n")
    _write(tmp_path / "c" / "a.txt", EN)
    sources = discover([tmp_path / "c"])
    errors = [s.error for s in sources if s.error is not None]
    assert len(errors) == 1 and isinstance(errors[0], ManifestError)
    assert "no 'path' column" in str(errors[0])


def test_ingest_manifest_wins_over_html_title(tmp_path):
    _write(tmp_path / "manifest.csv", "path,title\np.html,Catalogue title\n")
    _write(tmp_path / "p.html", HTML)
    _write(tmp_path / "q.html", HTML)
    docs = {Path(s.given).name: read(s) for s in discover([tmp_path])}
    assert docs["p.html"].meta.title == "Catalogue title"
    assert docs["q.html"].meta.title == "Strike at the works"


def test_ingest_read_raises_source_error(tmp_path):
    (source,) = discover([tmp_path / "missing.md"])
    with pytest.raises(InputError):
        read(source)


def test_ingest_dev_corpus_manifest():
    seeds = Path("/work/shared/corpus/seeds")
    if not seeds.is_dir():
        pytest.skip("dev corpus absent")
    sources = discover([seeds])
    assert len(sources) >= 2 and all(s.meta is not None for s in sources)
    for s in sources:
        doc = read(s)
        assert doc.text == s.path.read_text(encoding="utf-8")
        assert doc.meta.language == "en"


def test_ingest_html_deeply_nested_page(tmp_path):
    doc = _read(_write(tmp_path / "deep.html", "<div>" * 3000 + "deep text" + "</div>" * 3000))
    assert doc.text == "deep text"


def test_ingest_pdf_paragraphs_end_at_short_sentence_lines(tmp_path):
    lines = [
        "The committee of the works met on the first day of the month and",
        "discussed the wages of the workers in the rolling shop at length.",
        "Nobody agreed.",
        "The second paragraph starts here and runs on for quite a long line",
        "and then it also ends quite short.",
    ]
    doc = _read(_pdf(tmp_path / "paras.pdf", [lines]))
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["\n".join(lines[:3]), "\n".join(lines[3:])]


@pytest.mark.parametrize("name,kept", [("README.md", False), ("LICENSE", False), ("readme.txt", False),
                                       ("readme-notes.txt", True), ("report.txt", True)])
def test_ingest_discover_skips_folder_notes(tmp_path: Path, name: str, kept: bool) -> None:
    (tmp_path / name).write_text("Some text.", encoding="utf-8")
    found = [Path(s.given).name for s in discover([tmp_path])]
    assert (name in found) is kept
    # a file given by name is always a document
    assert [Path(s.given).name for s in discover([tmp_path / name])] == [name]
