"""The tables of the knowledge base (SQLAlchemy Core), the full vocabulary of DESIGN.md.

Migrations in ``letopis/store/migrations`` create and evolve these tables; this
module is the one description the code queries against.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False),  # logical identity: the path as given (or manifest path)
    Column("path", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("version", Integer, nullable=False, default=1),
    Column("current", Boolean, nullable=False, default=True),
    Column("format", String(16), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("date", String(32)),
    Column("date_precision", String(16)),
    Column("author", Text),
    Column("language", String(8)),
    Column("genre", Text),
    Column("source_url", Text),
    Column("archive_ref", Text),
    Column("translation_of", Text),
    Column("note", Text),
    Column("text", Text, nullable=False),
    Column("words", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Index("ix_documents_key", documents.c.key)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(32)),
    Column("words", Integer, nullable=False, default=0),
    UniqueConstraint("document_id", "idx", name="uq_segments_document_idx"),
)

footnotes = Table(
    "footnotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("label", String(32), nullable=False),
    Column("marker_start", Integer, nullable=False),
    Column("marker_end", Integer, nullable=False),
    Column("marker_segment", Integer, nullable=False),  # segment idx
    Column("note_segment", Integer, nullable=False),  # segment idx
)
Index("ix_footnotes_document", footnotes.c.document_id)

entities = Table(
    "entities",
    metadata,
    Column("id", String(32), primary_key=True),  # stable: derived from the anchor mention's key
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),  # preferred name
    Column("key", Text),  # the blocking key it was built on
    Column("status", String(16), nullable=False, default="machine"),  # machine | confirmed
    Column("redirect_to", String(32)),  # set when merged away: the old id still resolves
    Column("mention_count", Integer, nullable=False, default=0),
)
Index("ix_entities_type", entities.c.type)
Index("ix_entities_name", entities.c.name)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(96), nullable=False),  # stable: content-hash prefix + offsets
    Column("segment", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("norm", Text, nullable=False),
    Column("extractor", String(64), nullable=False, default=""),
    Column("given", Text),
    Column("patronymic", Text),
    Column("surname", Text),
    Column("initials", String(32)),
    Column("gender", String(1)),
    Column("date_start", String(32)),
    Column("date_end", String(32)),
    Column("date_precision", String(16)),
    Column("date_iso", String(64)),
    Column("attrs", Text),  # JSON object: title, role, ...
    Column("expansion", Text),
    Column("entity_id", String(32)),
)
Index("ix_mentions_document", mentions.c.document_id)
Index("ix_mentions_entity", mentions.c.entity_id)
Index("ix_mentions_key", mentions.c.key)

names = Table(
    "names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # surface | lemma | translit | alias | former | pseudonym | preferred
    Column("scheme", String(32)),  # transliteration scheme, or script (cyrl/latn)
    Column("script", String(8)),
    Column("source", String(96)),  # mention key or decision id it is traced to
    Column("folded", Text),  # search key (case-folded, script-folded)
)
Index("ix_names_entity", names.c.entity_id)
Index("ix_names_folded", names.c.folded)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),  # stable: hash of document, evidence span and triple
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("subject_mention", Integer),
    Column("subject_entity", String(32)),
    Column("predicate", String(32), nullable=False),
    Column("object_mention", Integer),
    Column("object_entity", String(32)),
    Column("object_literal", Text),
    Column("time_start", String(32)),
    Column("time_end", String(32)),
    Column("time_precision", String(16)),
    Column("place_mention", Integer),
    Column("place_entity", String(32)),
    Column("hedge", String(16), nullable=False, default="asserted"),
    Column("polarity", Boolean, nullable=False, default=True),
    Column("former", Boolean, nullable=False, default=False),
    Column("extractor", String(64), nullable=False, default=""),
    Column("status", String(16), nullable=False, default="machine"),  # machine | accepted | rejected | edited
)
Index("ix_claims_subject", claims.c.subject_entity)
Index("ix_claims_object", claims.c.object_entity)
Index("ix_claims_document", claims.c.document_id)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", String(32), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("segment", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
)
Index("ix_evidence_claim", evidence.c.claim_id)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", String(32), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),  # 0 = the document author, then inwards
    Column("name", Text, nullable=False),
    Column("role", String(32), nullable=False),
    Column("entity_id", String(32)),
)
Index("ix_attributions_claim", attributions.c.claim_id)

references = Table(
    "references",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("segment", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("archive", Text),
    Column("fond", String(32)),
    Column("opis", String(32)),
    Column("delo", String(32)),
    Column("folio", String(32)),
    Column("verso", Boolean, nullable=False, default=False),
    Column("author", Text),
    Column("title", Text),
    Column("pages", Text),
    Column("year", String(16)),
)
Index("ix_references_document", references.c.document_id)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(16), nullable=False),  # merge | split | rename | link | accept | reject | alias
    Column("payload", Text, nullable=False),  # JSON, keyed on stable identifiers (mention keys, names)
    Column("reason", Text),
    Column("status", String(16), nullable=False, default="applied"),  # applied | stale
)

external_ids = Table(
    "external_ids",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String(32), nullable=False),
    Column("scheme", String(32), nullable=False),  # wikidata | viaf | gnd | ...
    Column("value", Text, nullable=False),
    Column("decision_id", Integer),
    UniqueConstraint("entity_id", "scheme", "value", name="uq_external_ids_entity_scheme_value"),
)

review_queue = Table(
    "review_queue",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # merge
    Column("a", String(32), nullable=False),
    Column("b", String(32), nullable=False),
    Column("score", Float, nullable=False, default=0.0),
    Column("reason", Text),
)

ALL_TABLES = (
    documents,
    segments,
    footnotes,
    entities,
    mentions,
    names,
    claims,
    evidence,
    attributions,
    references,
    decisions,
    external_ids,
    review_queue,
)
