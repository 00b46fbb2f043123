"""Demo data: a fictional school with 12 teachers observed over two semesters.

Everything is generated from a fixed seed, so running it twice gives the same school;
the second run changes nothing. It refuses to mix itself into a data directory that
already holds a real school.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from observasi.core.dates import semester_of
from observasi.core.forms import FormCatalog
from observasi.core.instrument import STAGE_ORDER, Instrument
from observasi.core.record import (
    Acknowledgement,
    Evidence,
    FollowUp,
    FollowUpStatus,
    Observation,
    Rating,
    SnapshotEntry,
    StageMark,
    Status,
)
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.models import Observer, School, Teacher
from observasi.store.store import Store

SEED = 20261124
DEMO_FLAG = "demo_school"

SCHOOL = School(
    name="SMP Negeri 3 Sukamaju",
    npsn="20212345",
    address="Jl. Pendidikan No. 7, Sukamaju",
    city="Sukamaju",
    principal_name="Dra. Sri Wahyuningsih, M.Pd.",
    principal_id_label="NIP",
    principal_id_number="196805121994032007",
)

OBSERVERS = [
    ("Dra. Sri Wahyuningsih, M.Pd.", "NIP", "196805121994032007", "kepala_sekolah"),
    ("Bambang Setiawan, S.Pd.", "NIP", "197703152005011004", "wakasek"),
]

# name, gender, subject, NIP (empty for non-civil-servant teachers), NUPTK, skill (0..1)
TEACHERS = [
    ("Ni Luh Putu Ayu Wulandari, S.Pd.", "P", "Bahasa Inggris", "198904122015042003", "4744767668300012", 0.78),
    ("Ahmad Fauzi, S.Pd.", "L", "Matematika", "198210052009031002", "3337760662200003", 0.62),
    ("Siti Nurhaliza, S.Pd.", "P", "Bahasa Indonesia", "199102202019032011", "6552769670210033", 0.70),
    ("I Made Sudarsana, S.Pd.", "L", "IPA", "198607172011011005", "1049764665200012", 0.84),
    ("Yohana Margaretha Siahaan, S.Th.", "P", "Pendidikan Agama Kristen", "", "8442766667130062", 0.66),
    ("Muhammad Rizky Pratama, S.Pd.", "L", "PJOK", "", "2146772673130013", 0.55),
    ("Dewi Kartika Sari, S.Pd.", "P", "IPS", "198811302014022001", "5462766667300062", 0.73),
    ("Agus Salim Harahap, S.Ag.", "L", "Pendidikan Agama Islam", "197509112003121003", "6243753654200013", 0.80),
    ("Theresia Ngongo Lewar, S.Pd.", "P", "Seni Budaya", "", "7639768669230052", 0.58),
    ("Hendra Gunawan, S.Kom.", "L", "Informatika", "", "9150773674130032", 0.68),
    ("Rahmawati Nasution, S.Pd.", "P", "PPKn", "199305142020122007", "2846771672230043", 0.75),
    ("Şükrü Abdullah Al-Qur'ān, S.Pd.", "L", "Bahasa Arab", "", "1234567890123456", 0.64),
]

CLASSES = ("VII A", "VII B", "VII C", "VIII A", "VIII B", "IX A", "IX B")
TOPICS = {
    "Bahasa Inggris": ("Descriptive text", "Simple past tense", "Procedure text"),
    "Matematika": ("Persamaan linear satu variabel", "Perbandingan senilai", "Teorema Pythagoras"),
    "Bahasa Indonesia": ("Teks deskripsi", "Teks eksposisi", "Puisi rakyat"),
    "IPA": ("Klasifikasi makhluk hidup", "Gerak lurus", "Sistem pencernaan"),
    "Pendidikan Agama Kristen": ("Kasih kepada sesama", "Doa dalam kehidupan sehari-hari", "Teladan para nabi"),
    "PJOK": ("Permainan bola voli", "Atletik: lari jarak pendek", "Kebugaran jasmani"),
    "IPS": ("Interaksi sosial", "Kegiatan ekonomi", "Letak geografis Indonesia"),
    "Pendidikan Agama Islam": ("Adab menuntut ilmu", "Tajwid: hukum nun sukun", "Sejarah Khulafaur Rasyidin"),
    "Seni Budaya": ("Menggambar flora dan fauna", "Lagu daerah", "Tari tradisional"),
    "Informatika": ("Berpikir komputasional", "Algoritma sederhana", "Etika bermedia digital"),
    "PPKn": ("Norma dalam masyarakat", "Pancasila sebagai dasar negara", "Keberagaman budaya"),
    "Bahasa Arab": ("Al-'Unwān: alamat", "Al-Usrah: keluarga", "Al-Hiwayah: hobi"),
}
EVIDENCE = {
    "pendahuluan": (
        "Guru membuka dengan salam dan doa, lalu mengecek kehadiran.",
        "Guru bertanya tentang materi minggu lalu; tiga siswa menjawab.",
        "Tujuan pembelajaran ditulis di papan dan dibacakan.",
        "Guru menayangkan video pendek sebagai pemantik.",
    ),
    "inti": (
        "Siswa dibagi menjadi enam kelompok; LKPD dibagikan.",
        "Guru berkeliling dan membimbing kelompok yang kesulitan.",
        "Dua siswa di belakang bermain ponsel, guru menegur dengan tenang.",
        "Satu kelompok mempresentasikan hasil diskusi; kelompok lain menanggapi.",
        "Guru memberi umpan balik langsung atas jawaban siswa.",
        "Penjelasan konsep terlalu cepat; beberapa siswa tampak bingung.",
    ),
    "penutup": (
        "Siswa diminta menyimpulkan pelajaran; dua siswa menyampaikan.",
        "Guru memberi tugas rumah dan menyebut materi pertemuan berikutnya.",
        "Waktu habis sebelum refleksi bersama siswa.",
    ),
}
FOLLOWUPS = (
    (
        "Menyusun asesmen formatif singkat di akhir setiap pertemuan",
        "Ada exit ticket di 4 pertemuan berikutnya",
        "Contoh instrumen dari wakasek kurikulum",
    ),
    (
        "Menerapkan pembelajaran berdiferensiasi pada kegiatan inti",
        "Modul ajar memuat 2 jenis tugas sesuai kesiapan siswa",
        "Pendampingan oleh guru senior",
    ),
    (
        "Mengatur waktu agar penutup dan refleksi terlaksana",
        "Penutup berlangsung minimal 10 menit",
        "Observasi ulang oleh kepala sekolah",
    ),
    (
        "Mengikuti komunitas belajar tentang disiplin positif",
        "Hadir di 3 pertemuan kombel",
        "Jadwal kombel dari sekolah",
    ),
)
REFLECTION_ANSWERS = (
    "Siswa aktif berdiskusi dan sebagian besar menyelesaikan LKPD.",
    "Tujuan sebagian tercapai; terlihat dari hasil kuis singkat, 70% siswa menjawab benar.",
    "Saya akan memberi waktu lebih untuk penutup dan refleksi.",
    "Saya perlu contoh asesmen formatif yang praktis.",
)


@dataclass
class DemoResult:
    created: bool
    teachers: int
    observations: int


def _rid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _stamp(day: dt.date, hour: int, minute: int) -> str:
    # Lessons are at school hours in WIB (UTC+7); records keep UTC.
    moment = dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone(dt.timedelta(hours=7))) + dt.timedelta(
        minutes=minute
    )
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"


def fill_demo(store: Store, catalog: FormCatalog, today: dt.date | None = None) -> DemoResult:
    """Create the demo school in *store*; do nothing if it is already there."""
    if store.get_setting(DEMO_FLAG):
        return DemoResult(False, len(store.list_teachers()), store.count_observations())
    if store.get_school() or store.list_teachers() or store.count_observations():
        raise UserError(t("cli.demo.not_empty", path=store.data_dir))
    today = today or dt.date(2026, 11, 24)
    rng = random.Random(SEED)
    forms = {known.instrument.id: known.instrument for known in catalog.latest()}
    if not forms:
        raise UserError(t("store.err.form_missing", hash="-"))
    store.save_school(SCHOOL)
    observers = []
    for name, label, number, role in OBSERVERS:
        observers.append(
            store.save_observer(Observer(id=_rid(rng), name=name, id_label=label, id_number=number, role=role))
        )
    store.set_setting("self_observer_id", observers[0].id)
    teachers = []
    skills = {}
    for name, gender, subject, nip, nuptk, skill in TEACHERS:
        teacher = Teacher(
            id=_rid(rng),
            name=name,
            gender=gender,
            subject=subject,
            nip=nip,
            nuptk=nuptk,
            ptk_type="Guru Mapel",
            rank="III/b" if nip else "",
        )
        teachers.append(teacher)
        skills[teacher.id] = skill
    store.save_teachers(teachers)

    # Semester 2025-2 (Jan-Jun 2026): everyone once, finished. Semester 2026-1 (Jul-Dec
    # 2026): everyone again, the last few still under way, and a few planned ahead.
    plans: list[tuple[Teacher, dt.date, Status]] = []
    for i, teacher in enumerate(teachers):
        plans.append((teacher, dt.date(2026, 2, 2) + dt.timedelta(days=7 * i + rng.randint(0, 4)), Status.final))
    for i, teacher in enumerate(teachers):
        day = dt.date(2026, 8, 3) + dt.timedelta(days=8 * i + rng.randint(0, 3))
        plans.append((teacher, day, Status.final))
    extra = [
        (teachers[1], Status.reflecting),
        (teachers[5], Status.reflecting),
        (teachers[8], Status.observing),
        (teachers[2], Status.draft),
        (teachers[9], Status.draft),
        (teachers[11], Status.draft),
    ]
    for j, (teacher, status) in enumerate(extra):
        offset = {Status.reflecting: -3 + j, Status.observing: 0, Status.draft: 2 + j}[status]
        plans.append((teacher, today + dt.timedelta(days=offset), status))

    form_cycle: list[str] = [
        f
        for f in ("supervisi-akademik", "supervisi-akademik", "pmm-observasi-kelas", "supervisi-akademik", "pkg")
        if f in forms
    ]
    form_cycle = form_cycle or list(forms)
    count = 0
    for n, (teacher, day, status) in enumerate(plans):
        if teacher.subject == "Bahasa Inggris" and "classroom-observation" in forms:
            inst = forms["classroom-observation"]
        else:
            inst = forms[form_cycle[n % len(form_cycle)]]
        observer = observers[0] if n % 3 else observers[1]
        growth = 0.08 if day.year == 2026 and day.month >= 7 else 0.0
        obs = _observation(rng, inst, teacher, observer, day, status, skills[teacher.id] + growth, observers[0].name)
        store.create_observation(obs, inst)
        count += 1
    store.set_setting(DEMO_FLAG, True)
    return DemoResult(True, len(teachers), count)


def _observation(
    rng: random.Random,
    inst: Instrument,
    teacher: Teacher,
    observer: Observer,
    day: dt.date,
    status: Status,
    skill: float,
    principal: str,
) -> Observation:
    period = rng.choice(("1-2", "3-4", "5-6"))
    start_hour = {"1-2": 7, "3-4": 8, "5-6": 10}[period]
    started = _stamp(day, start_hour, 15)
    obs = Observation(
        id=_rid(rng),
        form_id=inst.id,
        form_version=inst.version,
        form_hash=inst.content_hash(),
        teacher_id=teacher.id,
        teacher=teacher.as_person(inst.id_label),
        observer_id=observer.id,
        observer=observer.as_person(),
        co_observer=principal if observer.name != principal and rng.random() < 0.3 else "",
        subject=teacher.subject,
        class_name=rng.choice(CLASSES),
        topic=rng.choice(TOPICS.get(teacher.subject, ("Materi pokok",))),
        date=day.isoformat(),
        period=period,
        semester=semester_of(day),
        students_present=rng.randint(26, 32),
        students_absent=rng.randint(0, 3),
        focus=rng.choice(
            (
                "Keaktifan siswa dalam diskusi kelompok",
                "Asesmen formatif selama pembelajaran",
                "Pengelolaan waktu kegiatan inti dan penutup",
                "Penerapan disiplin positif",
            )
        ),
        pre_notes="Modul ajar sudah diterima dua hari sebelum observasi.",
        status=Status.draft,
        created_at=_stamp(day - dt.timedelta(days=2), 13, 0),
        updated_at=started,
    )
    if status is Status.draft:
        return obs
    # Ratings: skill decides the typical level; a little noise per indicator.
    levels = inst.scale.levels
    ordered = sorted(levels, key=lambda lv: lv.value if lv.value is not None else levels.index(lv))
    ratings: dict[str, Rating] = {}
    indicators = inst.indicators()
    if inst.choose_sections:
        # The teacher picked the practice indicator(s) to work on (PMM).
        picked = {s.id for s in rng.sample(inst.sections, k=min(inst.choose_sections, len(inst.sections)))}
        indicators = [(s, ind) for s, ind in indicators if s.id in picked]
    observed = indicators if status is not Status.observing else indicators[: len(indicators) // 2]
    for _section, ind in observed:
        if inst.scale.allow_na and rng.random() < 0.04:
            ratings[ind.id] = Rating(indicator_id=ind.id, na=True, updated_at=started)
            continue
        position = min(len(ordered) - 1, max(0, round(skill * (len(ordered) - 1) + rng.uniform(-0.9, 0.9))))
        note = ""
        if not inst.scale.numeric or rng.random() < 0.25:
            note = f"Teramati: {rng.choice(EVIDENCE['inti']).lower()}"
        ratings[ind.id] = Rating(
            indicator_id=ind.id,
            level=ordered[position].key,
            note=note,
            recommendation="Lanjutkan dan bagikan praktik ini di kombel." if ind.recommendation_prompt else "",
            updated_at=started,
        )
    stage_marks = []
    evidence = []
    minute = 0
    staged = {s.stage for s in inst.sections if s.stage}
    for stage, length in zip(STAGE_ORDER, (10, 50, 15), strict=False):
        if status is Status.observing and stage.value == "penutup":
            break
        stage_marks.append(StageMark(stage=stage.value, at=_stamp(day, start_hour, 15 + minute), minute=minute))
        tagged = (
            [ind.id for s, ind in indicators if s.stage == stage]
            if stage in staged
            else [ind.id for _, ind in indicators]
        )
        for text in rng.sample(EVIDENCE[stage.value], k=min(2, len(EVIDENCE[stage.value]))):
            at_minute = minute + rng.randint(1, length - 2)
            evidence.append(
                Evidence(
                    id=_rid(rng),
                    at=_stamp(day, start_hour, 15 + at_minute),
                    minute=at_minute,
                    stage=stage.value,
                    text=text,
                    indicator_id=rng.choice(tagged) if tagged and rng.random() < 0.7 else None,
                )
            )
        minute += length
    evidence.sort(key=lambda e: e.minute or 0)
    tallies = {tally.name: rng.randint(2, 14) for tally in inst.tallies}
    snapshots = []
    if inst.snapshot:
        for m in range(inst.snapshot.interval_minutes, minute, inst.snapshot.interval_minutes):
            values = {}
            for prompt in inst.snapshot.prompts:
                values[prompt.id] = (
                    rng.choice(prompt.choices)
                    if prompt.kind == "choice"
                    else (str(rng.randint(0, 6)) if prompt.kind == "count" else "")
                )
            snapshots.append(SnapshotEntry(at=_stamp(day, start_hour, 15 + m), minute=m, values=values))
    update: dict[str, Any] = {
        "ratings": ratings,
        "stage_marks": stage_marks,
        "evidence": evidence,
        "tallies": tallies,
        "snapshots": snapshots,
        "started_at": started,
        "status": status,
    }
    if status is Status.observing:
        # An interrupted observation: the clock was paused when the laptop went to sleep.
        update["paused_at"] = _stamp(day, start_hour, 15 + minute)
        return obs.model_copy(update=update)
    update["ended_at"] = _stamp(day, start_hour, 15 + minute)
    update["reflection"] = {
        q.id: REFLECTION_ANSWERS[i % len(REFLECTION_ANSWERS)] for i, q in enumerate(inst.reflection)
    }
    update["strengths"] = "Pembukaan pelajaran terarah dan siswa cepat terlibat dalam kegiatan kelompok."
    update["improvements"] = (
        "Asesmen formatif dan penutup pelajaran perlu direncanakan dengan alokasi waktu yang jelas."
    )
    past = day < dt.date(2026, 7, 1)
    update["followups"] = [
        FollowUp(
            id=_rid(rng),
            action=a,
            measure=m,
            support=s,
            due=(day + dt.timedelta(days=30 * (k + 1))).isoformat(),
            status=rng.choice(
                (FollowUpStatus.done, FollowUpStatus.done, FollowUpStatus.in_progress, FollowUpStatus.not_done)
            )
            if past
            else FollowUpStatus.open,
        )
        for k, (a, m, s) in enumerate(rng.sample(FOLLOWUPS, k=2))
    ]
    if status is Status.final:
        update["acknowledgement"] = Acknowledgement(name=teacher.name, at=_stamp(day, 13, 30))
        update["finalized_at"] = _stamp(day, 13, 35)
    return obs.model_copy(update=update)
