"""What an amended sheet says (branch trust): which amendment it is, when, by whom and
why; the acknowledgement the teacher gave for the previous version, listed as such,
while the amended version asks for a fresh one. Each version is its own file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from observasi.core.dates import long_date
from observasi.core.record import Acknowledgement, Observation, parse_utc
from observasi.i18n import t

if TYPE_CHECKING:
    from observasi.sheet.kit import Styles
    from observasi.store.store import Store


def previous_acknowledgement(store: Store, obs: Observation) -> Acknowledgement | None:
    """The teacher's acknowledgement of the version before the latest amendment (amending
    clears it from the record; the history keeps it)."""
    if not obs.amendments or obs.acknowledgement is not None:
        return None
    amended_at = obs.amendments[-1].at
    found: Acknowledgement | None = None
    for revision in store.revisions(obs.id):
        ack = revision.payload.get("acknowledgement")
        if isinstance(ack, dict) and str(ack.get("at", "")) <= amended_at:
            candidate = Acknowledgement.model_validate(ack)
            if found is None or candidate.at > found.at:
                found = candidate
    return found


def _day(text: str, lang: str) -> str:
    try:
        return long_date(parse_utc(text).astimezone().date(), lang, weekday=False)
    except ValueError:
        return text[:10]


def notice(obs: Observation, styles: Styles, lang: str) -> list[Any]:
    """The amendment notice under the sheet's title: one line per amendment, newest last."""
    from observasi.sheet.kit import markup
    from observasi.sheet.paragraph import Paragraph

    out: list[Any] = []
    for number, amendment in enumerate(obs.amendments, start=1):
        text = t(
            "trust.sheet.amendment",
            lang=lang,
            number=number,
            date=_day(amendment.at, lang),
            author=amendment.author,
            reason=amendment.reason,
        )
        out.append(Paragraph(markup(text), styles.heading))
    return out


def acknowledgement_lines(obs: Observation, previous: Acknowledgement | None, styles: Styles, lang: str) -> list[Any]:
    """Under the signatures of an amended record: the earlier acknowledgement, as given for
    the previous version, and the fresh one this version asks for (when not given yet)."""
    from observasi.sheet.kit import markup
    from observasi.sheet.paragraph import Paragraph

    if not obs.amendments:
        return []
    number = len(obs.amendments)
    out: list[Any] = []
    if previous is not None:
        text = t("trust.sheet.ack_previous", lang=lang, name=previous.name, date=_day(previous.at, lang), number=number)
        out.append(Paragraph(markup(text), styles.small))
    if obs.acknowledgement is None:
        out.append(Paragraph(markup(t("trust.sheet.ack_fresh", lang=lang, number=number)), styles.small))
    return out


def version_suffix(obs: Observation) -> str:
    """``-amandemen-2`` for the second amendment's sheet: a new file, never an overwrite."""
    return f"-amandemen-{len(obs.amendments)}" if obs.amendments else ""
