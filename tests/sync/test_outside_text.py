"""A revision whose text carries a terminal sequence or a bidi override (made by a
crafted or broken program with a genuine device key) is refused, named by its file and
the JSON path of the text; the laptop's other revisions still arrive."""

from __future__ import annotations

from observasi.core.instrument import Instrument
from observasi.i18n import set_language


def test_a_revision_with_an_escape_sequence_in_a_name_is_refused_with_its_place(devices, mini_form: Instrument) -> None:
    set_language("id")
    a, b, _ = devices
    fine = a.new_observation(mini_form, teacher="Dewi Lestari")
    crafted = a.new_observation(mini_form, teacher="Siti\x1b[2J Aminah")  # the store takes it as given
    a.sync()

    report = b.sync()

    revision = next(r for r in a.store.revisions(crafted.id))
    # The teacher's roster entry (observasi.sync.school_files) carries the same name and is
    # refused the same way.
    roster = [(where, why) for where, why in report.problems if "/teacher-" in where]
    assert [why for _, why in roster] == [
        "$.fields.name: karakter kendali U+001B tidak boleh ada dalam teks ('Siti\\x1b[2J Aminah')"
    ]
    assert [p for p in report.problems if p not in roster] == [
        (
            f"observasi/{a.store.device_id}/{revision.id}.json",
            "$.payload.teacher.name: karakter kendali U+001B tidak boleh ada dalam teks ('Siti\\x1b[2J Aminah')",
        )
    ]
    assert b.store.get_observation(fine.id).teacher.name == "Dewi Lestari"
    assert revision.id not in b.revision_ids()


def _publish_crafted(device, payload: dict, revision_id: str, parents: list[str]) -> str:
    """A revision of *payload* signed with the device's genuine key, put where the device
    publishes; returns its path in the shared folder."""
    from observasi.core.canonical import revision_hash
    from observasi.store.models import Revision
    from observasi.sync import device_key, revision_file
    from observasi.sync.naming import app_dir

    revision = Revision.model_construct(
        id=revision_id,
        observation_id=payload["id"],
        parents=parents,
        device_id=device.store.device_id,
        author="Pengamat",
        created_at="2026-11-24T01:00:00Z",
        deleted=False,
        payload=payload,
        hash=revision_hash(payload, False),
    )
    raw, _, _ = revision_file.encode(revision, device_key.load_or_create(device.store.data_dir))
    (app_dir(device.shared) / device.store.device_id / f"{revision_id}.json").write_bytes(raw)
    return f"observasi/{device.store.device_id}/{revision_id}.json"


def test_a_revision_whose_record_is_invalid_names_the_json_place(devices, mini_form: Instrument) -> None:
    set_language("id")
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    payload = a.store.get_observation(obs.id).model_dump(mode="json")
    payload["ratings"] = {"I1": {"indicator_id": "I1", "level": ["4"]}}
    parent = a.store.revisions(obs.id)[-1].id
    where = _publish_crafted(a, payload, "e" * 32, [parent])

    report = b.sync()

    said = dict(report.problems)
    assert where in said, report.problems
    assert said[where].startswith("catatan tidak dapat dibaca versi ini: $.payload.ratings.I1.level: ")


def test_a_received_form_with_a_control_character_is_refused_with_its_place(devices, mini_form: Instrument) -> None:
    from observasi.core.canonical import canonical_json, sha256_hex
    from observasi.sync.naming import app_dir, form_file_name

    set_language("id")
    a, b, _ = devices
    body = mini_form.model_dump(mode="json")
    body["title"] = "Mini\x1b[2J"
    name = form_file_name(sha256_hex(body))
    (app_dir(a.shared) / a.store.device_id).mkdir(parents=True, exist_ok=True)
    (app_dir(a.shared) / a.store.device_id / name).write_bytes(canonical_json(body))

    report = b.sync()

    assert (
        f"observasi/{a.store.device_id}/{name}",
        "$.title: karakter kendali U+001B tidak boleh ada dalam teks ('Mini\\x1b[2J')",
    ) in report.problems
