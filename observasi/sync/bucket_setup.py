"""The shared bucket as the Settings screen sets it: its address, its endpoint and this
laptop's access key, checked the way a sync would check them, each problem naming its field.

The key is kept where ``observasi bucket-key`` keeps it (``keys/s3.json``, owner-only); the
secret is never read back to a screen: the screen learns only whether one is saved.
A sync after saving uses them (:func:`observasi.sync.service.places`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync.bucket import (
    Credentials,
    credentials_file,
    environment_credentials,
    parse_url,
    save_credentials,
    saved_credentials,
)

Field = Literal["url", "endpoint", "key_id", "secret"]


class BucketFieldError(UserError):
    """A bucket setting that cannot be kept; *field* says which one."""

    def __init__(self, field: Field, message: str) -> None:
        super().__init__(message)
        self.field: Field = field


@dataclass(frozen=True)
class BucketShown:
    """What the Settings screen shows of the bucket (never the secret itself)."""

    url: str
    endpoint: str
    key_id: str
    secret_saved: bool
    from_environment: bool  # AWS_ACCESS_KEY_ID is set: it is used instead of the saved key
    problem: str  # the saved key file cannot be used (open to others, damaged): why


@dataclass(frozen=True)
class BucketChange:
    """Checked values, ready to keep (see :func:`check`)."""

    url: str | None
    endpoint: str | None
    credentials: Credentials | None  # None: the saved key stays as it is


def shown(context: AppContext) -> BucketShown:
    settings = context.settings
    path = credentials_file(settings.data_dir)
    key_id, saved, problem = "", False, ""
    if path.is_file():
        try:
            found = saved_credentials(path)
        except UserError as exc:
            problem = exc.message
        else:
            key_id, saved = found.access_key_id, bool(found.secret_access_key)
    return BucketShown(
        settings.bucket_url or "",
        settings.bucket_endpoint or "",
        key_id,
        saved,
        environment_credentials() is not None,
        problem,
    )


def check_endpoint(text: str) -> str | None:
    """The endpoint URL as typed (None: empty, i.e. AWS); UserError when it is not an
    http(s) address with a server name."""
    value = text.strip()
    if not value:
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        host = None
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not host or any(c.isspace() for c in value):
        raise UserError(t("reach.bucket.err_endpoint", value=value))
    return value


def check(context: AppContext, url: str, endpoint: str, key_id: str, secret: str) -> BucketChange:
    """What the four fields ask to keep, checked; BucketFieldError naming the first field
    with a problem. An empty secret keeps the saved one (the screen never shows it)."""
    url, key_id, secret = url.strip(), key_id.strip(), secret.strip()
    if url:
        try:
            parse_url(url)  # the same rule as `observasi sync --bucket`
        except UserError as exc:
            raise BucketFieldError("url", exc.message) from exc
    try:
        chosen_endpoint = check_endpoint(endpoint)
    except UserError as exc:
        raise BucketFieldError("endpoint", exc.message) from exc
    if chosen_endpoint and not url:
        raise BucketFieldError("url", t("reach.bucket.err_endpoint_alone"))
    before = shown(context)
    if secret and not key_id:
        raise BucketFieldError("key_id", t("reach.bucket.err_key_id"))
    if key_id and not secret and (not before.secret_saved or key_id != before.key_id):
        raise BucketFieldError("secret", t("reach.bucket.err_secret"))
    if url and not key_id and not before.secret_saved and not before.from_environment:
        raise BucketFieldError("key_id", t("reach.bucket.err_no_key"))
    credentials = None
    if secret:
        region = None
        if before.secret_saved:
            region = saved_credentials(credentials_file(context.settings.data_dir)).region
        credentials = Credentials(key_id, secret, None, region)
    return BucketChange(url or None, chosen_endpoint, credentials)


def keep(context: AppContext, change: BucketChange) -> None:
    """Keep *change*: the key (owner-only) first, then the address the next sync uses."""
    if change.credentials is not None:
        save_credentials(context.settings.data_dir, change.credentials)
    settings = context.settings
    if (change.url, change.endpoint) != (settings.bucket_url, settings.bucket_endpoint):
        context.update_settings(bucket_url=change.url, bucket_endpoint=change.endpoint)
