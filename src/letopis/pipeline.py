"""Runs the stages in order: ingest -> segment -> extract (per document) -> store -> resolve (corpus).

Per-document work depends on nothing but the document; one transaction per
document, so a failure leaves no trace of it and the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Sequence, Union

import letopis.registrations as registrations
from letopis.errors import InputError, LetopisError
from letopis.model import Document
from letopis.registry import components
from letopis.store import Store
from letopis.store.documents import Added, add_document

if TYPE_CHECKING:
    from letopis.ingest import Source


@dataclass
class IngestReport:
    """What a batch did: documents added (or unchanged), failures as ``file: reason`` lines."""

    added: list[Added] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    resolved: Optional[object] = None

    @property
    def documents(self) -> int:
        return len(self.added)

    @property
    def segments(self) -> int:
        return sum(a.segments for a in self.added)

    @property
    def words(self) -> int:
        return sum(a.words for a in self.added)

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "new": sum(1 for a in self.added if a.status == "new"),
            "new_versions": sum(1 for a in self.added if a.status == "new_version"),
            "unchanged": sum(1 for a in self.added if a.status == "unchanged"),
            "segments": self.segments,
            "words": self.words,
            "failures": list(self.failures),
        }


class Pipeline:
    """The per-document stages for each language, built once and reused for every document."""

    def __init__(self, stages: Optional[dict[str, Sequence[str]]] = None, analyse: bool = True) -> None:
        self.stage_names = dict(stages or registrations.DEFAULT_STAGES)
        if not analyse:
            self.stage_names = {lang: names[:1] for lang, names in self.stage_names.items()}
        self._built: dict[str, list[Callable[[Document], Document]]] = {}

    def stages(self, lang: str) -> list[Callable[[Document], Document]]:
        lang = lang if lang in self.stage_names else "en"
        if lang not in self._built:
            self._built[lang] = [components.get(name)() for name in self.stage_names[lang]]
        return self._built[lang]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages(doc.language):
            out = stage(doc)
            if not isinstance(out, Document):
                name = getattr(stage, "name", type(stage).__name__)
                raise TypeError(f"stage {name} returned {type(out).__name__}, not a Document")
            doc = out
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


def ingest(
    store: Store,
    paths: Sequence[Union[str, Path]],
    manifest: Optional[Path] = None,
    lang: str = "auto",
    analyse: bool = True,
    resolve: bool = True,
    pipeline: Optional[Pipeline] = None,
    on_source: Optional[Callable[["Source", Optional[Added], Optional[str]], None]] = None,
    sources: Optional[list["Source"]] = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; bad files are reported, never fatal.

    paths: files or folders (walked recursively; a manifest.csv/.json beside the files is used).
    manifest: an explicit manifest file (overrides the ones found beside the files).
    lang: auto | en | ru (auto: the manifest, then the script of the text).
    analyse: run recognition and claims (False: ingest + segment + store only).
    resolve: resolve mentions to entities across the corpus at the end of the batch.
    on_source: called after each file with (source, Added or None, error line or None).
    """
    from letopis.ingest import discover, read

    pipeline = pipeline or Pipeline(analyse=analyse)
    report = IngestReport()
    for source in sources if sources is not None else discover(paths, manifest):
        added: Optional[Added] = None
        error: Optional[str] = None
        try:
            if source.error is not None:
                raise source.error
            doc = pipeline(read(source, lang=lang))
            added = add_document(store, doc, key=source.key)
            report.added.append(added)
        except InputError as err:
            error = str(err)
        except LetopisError as err:
            error = f"{source.display}: {err}"
        except Exception as err:  # a bug in a stage must not stop the batch; name the file
            error = f"{source.display}: internal error in analysis ({type(err).__name__}: {err})"
        if error:
            report.failures.append(error)
        if on_source is not None:
            on_source(source, added, error)
    if resolve and analyse and any(a.status != "unchanged" for a in report.added):
        report.resolved = resolve_corpus(store)
    return report


def resolve_corpus(store: Store) -> object:
    """Resolve every mention of the knowledge base to entities and replay review decisions."""
    from letopis.resolve.corpus import resolve_store

    return resolve_store(store)
