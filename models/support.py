"""Small tables: settings, country notes, planned-touch states, tombstones, forgotten people, exchange peers, trash."""

import peewee as pw

from models.base import BaseModel, UTCDateTimeField, db


class Meta(pw.Model):
    """Key/value facts about the database itself (schema version)."""

    key = pw.CharField(max_length=64, primary_key=True)
    value = pw.TextField()

    class Meta:
        database = db
        table_name = "meta"

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Set key to value, whether or not it is there (an upsert both databases run the same)."""
        cls.insert(key=key, value=value).on_conflict(conflict_target=[cls.key], preserve=[cls.value]).execute()


class Setting(BaseModel):
    """The firm's settings (JSON values): cadence per region, working windows, risk thresholds."""

    key = pw.CharField(max_length=100, unique=True)
    value = pw.TextField()


class CountryNote(BaseModel):
    """The firm's own etiquette notes for a country, shown beside the shipped notes."""

    country = pw.CharField(max_length=2, unique=True)
    text = pw.TextField(default="")


class TouchState(BaseModel):
    """What the user did with a planned touch: done, snoozed or rescheduled to a new slot."""

    touch_key = pw.CharField(max_length=200, unique=True)
    account_uuid = pw.CharField(max_length=36, index=True)
    state = pw.CharField(max_length=12)  # done | moved | dismissed
    moved_to = UTCDateTimeField(null=True)


class Tombstone(BaseModel):
    """A deleted record, so the deletion travels with the exchange bundle."""

    kind = pw.CharField(max_length=20)
    record_uuid = pw.CharField(max_length=36, unique=True)
    deleted_at = UTCDateTimeField()


class ForgottenContact(BaseModel):
    """A person forgotten on request: the forget travels with the exchange bundle and wins over edits."""

    contact_uuid = pw.CharField(max_length=36, unique=True)
    forgotten_at = UTCDateTimeField()


class ExchangePeer(BaseModel):
    """When we last exchanged a bundle with another copy of Rapport (by its database id)."""

    peer_id = pw.CharField(max_length=36, unique=True)
    last_exchange_at = UTCDateTimeField()


class TrashItem(BaseModel):
    """Records taken out of the book, kept whole so they can be put back.

    payload is a bundle-shaped JSON object ({"accounts": [...], "contacts": [...], "interactions": [...],
    "commitments": [...]}, records as services/exchange/bundle.py writes them): a deleted account with everything that
    hung on it, a deleted contact, interaction or promise, or records an exchange set aside.
    """

    kind = pw.CharField(max_length=20)  # what was taken out: account | contact | interaction | commitment
    record_uuid = pw.CharField(max_length=36, index=True)
    account_uuid = pw.CharField(max_length=36, index=True)
    label = pw.CharField(max_length=300, default="")  # what the trash list shows ("Müller GmbH — 3 contacts")
    reason = pw.CharField(max_length=20, default="deleted")  # deleted | set_aside (by an exchange)
    payload = pw.TextField()
    deleted_at = UTCDateTimeField(index=True)
