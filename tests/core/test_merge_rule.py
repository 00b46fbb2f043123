"""The merge rule: what only one laptop changed, and what both added, is kept without
asking; only a part both changed differently is a clash, and no default drops a text."""

from __future__ import annotations

from typing import Any

import pytest

from observasi.core.merge_rule import DELETED, merge3

BASE: dict[str, Any] = {
    "id": "o1",
    "topic": "Gerak lurus",
    "class_name": "VII A",
    "status": "draft",
    "ratings": {"R1": {"indicator_id": "R1", "level": "2", "na": False, "note": "", "updated_at": "t1"}},
    "evidence": [{"id": "e1", "at": "t1", "text": "Guru membuka pelajaran"}],
    "tallies": {"pertanyaan": 2},
    "snapshots": [],
    "reflection": {},
    "followups": [],
    "updated_at": "t1",
}


def version(**changes: Any) -> dict[str, Any]:
    import copy

    out = copy.deepcopy(BASE)
    out.update(changes)
    return out


def test_one_side_scores_the_other_adds_a_note_on_the_same_indicator() -> None:
    a = version(ratings={"R1": {**BASE["ratings"]["R1"], "level": "3", "updated_at": "t2"}})
    b = version(ratings={"R1": {**BASE["ratings"]["R1"], "note": "Catatan B3", "updated_at": "t3"}})
    merged = merge3(BASE, a, b)
    assert merged.clean
    rating = merged.payload()["ratings"]["R1"]
    assert (rating["level"], rating["note"], rating["updated_at"]) == ("3", "Catatan B3", "t3")


def test_additions_of_both_sides_are_kept_and_tallies_add_up() -> None:
    a = version(
        evidence=[*BASE["evidence"], {"id": "ea", "at": "t3", "text": "A"}],
        tallies={"pertanyaan": 5},
        snapshots=[{"at": "t2", "minute": 5, "values": {"aktif": "20"}}],
        reflection={"q1": "Jawaban A"},
    )
    b = version(
        evidence=[*BASE["evidence"], {"id": "eb", "at": "t2", "text": "B"}],
        tallies={"pertanyaan": 3, "pujian": 1},
        snapshots=[{"at": "t4", "minute": 10, "values": {"aktif": "25"}}],
        followups=[{"id": "f1", "action": "Supervisi ulang"}],
    )
    merged = merge3(BASE, a, b)
    assert merged.clean
    out = merged.payload()
    assert [e["text"] for e in out["evidence"]] == ["Guru membuka pelajaran", "B", "A"]
    assert out["tallies"] == {"pertanyaan": 6, "pujian": 1}  # 2 + 3 counted on A + 1 on B
    assert [s["minute"] for s in out["snapshots"]] == [5, 10]
    assert out["reflection"] == {"q1": "Jawaban A"} and out["followups"] == [{"id": "f1", "action": "Supervisi ulang"}]


def test_a_removal_on_one_side_stays_removed_unless_the_other_changed_it() -> None:
    a = version(evidence=[])
    assert merge3(BASE, a, version()).payload()["evidence"] == []
    b = version(evidence=[{"id": "e1", "at": "t1", "text": "Guru membuka pelajaran dengan salam"}])
    merged = merge3(BASE, a, b)
    assert [c.unit for c in merged.clashes] == ["evidence/e1/text"]
    assert merged.clashes[0].default == "b"  # the side that still has the typed text
    # The line stays whole, as B has it (its id and time too, not its changed text alone).
    assert merged.payload()["evidence"] == b["evidence"]
    # A score A cleared and B changed: B's whole score, its indicator with it.
    b = version(ratings={"R1": {**BASE["ratings"]["R1"], "level": "3", "updated_at": "t2"}})
    merged = merge3(BASE, version(ratings={}), b)
    assert [c.unit for c in merged.clashes] == ["ratings/R1/level"]
    assert merged.payload()["ratings"] == b["ratings"]
    assert merged.payload({"ratings/R1/level": "a"})["ratings"] == {}  # A's clearing, when picked


def test_two_texts_changed_differently_are_kept_both_by_default() -> None:
    merged = merge3(BASE, version(topic="Energi kinetik"), version(topic="Gaya gesek"))
    assert [(c.unit, c.a, c.b, c.default) for c in merged.clashes] == [
        ("topic", "Energi kinetik", "Gaya gesek", "both")
    ]
    assert merged.payload()["topic"] == "Energi kinetik / Gaya gesek"
    assert merged.payload({"topic": "b"})["topic"] == "Gaya gesek"


def test_a_level_changed_differently_has_no_default() -> None:
    a = version(ratings={"R1": {**BASE["ratings"]["R1"], "level": "3"}})
    b = version(ratings={"R1": {**BASE["ratings"]["R1"], "level": "4"}}, class_name="VIII B")
    merged = merge3(BASE, a, b)
    assert [c.unit for c in merged.undecided()] == ["ratings/R1/level"]
    with pytest.raises(ValueError, match="ratings/R1/level"):
        merged.payload()
    out = merged.payload({"ratings/R1/level": "a"})
    assert out["ratings"]["R1"]["level"] == "3" and out["class_name"] == "VIII B"


def test_a_delete_meeting_an_edit_is_a_clash_and_an_untouched_record_is_deleted() -> None:
    gone = version(**{DELETED: True})
    assert merge3(BASE, gone, version()).payload().get(DELETED) is True
    merged = merge3(BASE, gone, version(topic="Energi"))
    assert [c.unit for c in merged.undecided()] == [DELETED]
    assert DELETED not in merged.payload({DELETED: "b"})
    assert merged.payload({DELETED: "a"}).get(DELETED) is True


def test_without_a_common_version_everything_is_an_addition() -> None:
    a = {"evidence": [{"id": "x", "at": "1", "text": "A"}], "topic": "T"}
    b = {"evidence": [{"id": "y", "at": "2", "text": "B"}], "topic": "T"}
    merged = merge3(None, a, b)
    assert merged.clean and [e["id"] for e in merged.payload()["evidence"]] == ["x", "y"]


def test_two_different_final_versions_are_never_merged_into_a_third() -> None:
    from observasi.core.merge_rule import FINALS

    a = version(status="final", topic="Energi")
    b = version(status="final", class_name="VIII B")
    merged = merge3(BASE, a, b)
    assert [c.unit for c in merged.undecided()] == [FINALS]
    assert merged.payload({FINALS: "b"}) == b
    same = merge3(BASE, version(status="final", updated_at="t9"), version(status="final"))
    assert same.clean
