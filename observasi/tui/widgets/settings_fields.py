"""Groups of fields of the Settings screen (and the welcome): the kop and the shared bucket."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static, TextArea

from observasi.i18n import t
from observasi.queries.people import School
from observasi.sync import bucket_setup


def kop_fields(school: School) -> ComposeResult:
    """The kop: lines above the school's name, phone and e-mail (printed in the letterhead)."""
    yield Label(t("forms2.settings.kop_lines"), classes="field-label")
    yield Static(Text(t("forms2.settings.kop_lines_hint"), style="dim"), classes="hint")
    yield TextArea(school.kop_lines, id="school-kop_lines", classes="kop-lines")
    with Horizontal(classes="field-row"):
        with Vertical():
            yield Label(t("forms2.settings.phone"), classes="field-label")
            yield Input(school.phone, id="school-phone")
        with Vertical():
            yield Label(t("forms2.settings.email"), classes="field-label")
            yield Input(school.email, id="school-email")


# The bucket's fields, by the field a problem names (observasi.sync.bucket_setup.Field).
BUCKET_INPUTS = {
    "url": "bucket_url",
    "endpoint": "bucket_endpoint",
    "key_id": "bucket_key_id",
    "secret": "bucket_secret",
}
BUCKET_LABELS = {"url": "reach.bucket.url", "endpoint": "reach.bucket.endpoint", "key_id": "reach.bucket.key_id",
                 "secret": "reach.bucket.secret"}  # fmt: skip


def bucket_fields(bucket: bucket_setup.BucketShown) -> ComposeResult:
    """The shared bucket: address, endpoint, access key; the secret is never shown, only
    whether one is saved."""
    yield Label(t("reach.bucket.section"), classes="field-label")
    yield Static(Text(t("reach.bucket.hint"), style="dim"), classes="hint")
    yield Label(t(BUCKET_LABELS["url"]), classes="field-label")
    yield Input(bucket.url, id=BUCKET_INPUTS["url"], placeholder="s3://")
    yield Label(t(BUCKET_LABELS["endpoint"]), classes="field-label")
    yield Input(bucket.endpoint, id=BUCKET_INPUTS["endpoint"], placeholder="https://")
    yield Label(t(BUCKET_LABELS["key_id"]), classes="field-label")
    yield Input(bucket.key_id, id=BUCKET_INPUTS["key_id"])
    yield Label(t(BUCKET_LABELS["secret"]), classes="field-label")
    notes = [t("reach.bucket.secret_saved" if bucket.secret_saved else "reach.bucket.secret_none")]
    if bucket.problem:
        notes.append(bucket.problem)
    if bucket.from_environment:
        notes.append(t("reach.bucket.from_environment"))
    yield Static(Text(" ".join(notes), style="dim"), classes="hint", id="bucket-secret-state")
    placeholder = t("reach.bucket.placeholder_secret") if bucket.secret_saved else ""
    yield Input("", id=BUCKET_INPUTS["secret"], password=True, placeholder=placeholder)
