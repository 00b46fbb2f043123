"""``observasi forms template``: a workbook with a filled example and instructions in Indonesian."""

from __future__ import annotations

from pathlib import Path

from observasi.core.form_loader import parse_form_text
from observasi.core.instrument import Instrument
from observasi.formbook.write import write_workbook

EXAMPLE = """
schema_version = 2
id = "contoh-supervisi"
version = "1"
title = "Contoh Instrumen Supervisi (ganti dengan instrumen sekolah)"
language = "id"
description = "Contoh: telaah modul ajar (Ada/Tidak + skor 1-4) dan pelaksanaan (1-4)."

[scoring]
method = "percentage"
decimals = 2

[scale]
kind = "numeric"
allow_na = true
na_kinds = [
    { key = "r", label = "Tidak relevan", effect = "exclude" },
    { key = "t", label = "Tidak teramati", effect = "level", level = "1" },
]
levels = [
    { key = "1", value = 1, label = "Kurang" },
    { key = "2", value = 2, label = "Cukup" },
    { key = "3", value = 3, label = "Baik" },
    { key = "4", value = 4, label = "Sangat baik" },
]

[scales.modul]
kind = "numeric"
allow_na = false
presence = { label = "Kondisi", present_label = "Ada", max_counts = "present" }
levels = [
    { key = "0", value = 0, label = "Tidak ada", absent = true },
    { key = "1", value = 1, label = "Kurang" },
    { key = "2", value = 2, label = "Cukup" },
    { key = "3", value = 3, label = "Baik" },
    { key = "4", value = 4, label = "Sangat baik" },
]

[[bands]]
min = 86
max = 100
label = "Baik Sekali"

[[bands]]
min = 70
max = 85
label = "Baik"

[[bands]]
min = 55
max = 69
label = "Cukup"

[[bands]]
min = 0
max = 54
label = "Kurang"

[[identity]]
id = "fase"
label = "Fase"
type = "choice"
choices = ["A", "B", "C", "D", "E", "F"]

[[identity]]
id = "tahun_pelajaran"
label = "Tahun pelajaran"
required = true

[[sections]]
id = "modul"
title = "Telaah modul ajar"
phase = "planning"
scale = "modul"

[[sections.indicators]]
id = "M1"
text = "Identitas modul lengkap (sekolah, fase/kelas, mata pelajaran, alokasi waktu)"
rubric = { "0" = "Tidak ada identitas", "4" = "Semua unsur identitas ada" }

[[sections.indicators]]
id = "M2"
text = "Tujuan pembelajaran sesuai capaian pembelajaran dan dapat diamati"

[[sections]]
id = "inti"
title = "Kegiatan inti"
phase = "execution"
stage = "inti"

[[sections.indicators]]
id = "I1"
text = "Guru melibatkan siswa secara aktif (diskusi, tanya jawab, kerja kelompok)"
competency = "pedagogik"
rubric = { "1" = "Siswa hanya mendengarkan", "4" = "Sebagian besar siswa aktif" }

[[sections.indicators]]
id = "I2"
text = "Guru memberi umpan balik selama pembelajaran"
weight = 2

[[reflection]]
id = "R1"
text = "Apa yang berjalan baik dalam pembelajaran tadi?"

[[tallies]]
name = "tanya_guru"
key = "g"
label = "Pertanyaan guru"
"""

INSTRUCTIONS = [
    "PETUNJUK MENGISI INSTRUMEN (observasi)",
    "",
    "Buku kerja ini berisi contoh instrumen yang sudah terisi. Ganti isinya dengan instrumen sekolah Anda,",
    "lalu pasang dengan: observasi forms import nama-berkas.xlsx",
    "Setiap masalah dilaporkan sebagai BERKAS:LEMBAR!SEL: apa yang salah, misalnya instrumen.xlsx:Indikator!C5.",
    "",
    "Lembar Pengaturan: satu kunci per baris (kolom kunci | nilai).",
    "  id dan version: nama pendek instrumen dan versinya (huruf, angka, titik, garis). Ubah version setiap kali",
    "  instrumen diubah setelah dipakai; observasi lama tetap memakai versi lamanya.",
    "  title: judul yang dicetak; language: id atau en; schema_version: 2.",
    "  scoring.method: percentage (nilai = perolehan / maksimal x 100), mean (rata-rata pada skala),",
    "  total (jumlah skor); scoring.decimals: jumlah angka di belakang koma; scoring.predikat: tidak bila tanpa predikat.",
    "  kop.lines: satu baris kop per baris (PEMERINTAH ..., DINAS PENDIDIKAN ...); kosongkan untuk kop sekolah.",
    "  kop.logo: berkas gambar logo kop (png/jpg) yang diletakkan di folder yang sama dengan buku kerja ini,",
    "  mis. logo-cadisdik.png; ikut dipasang bersama instrumen.",
    "  headings.strengths / improvements / followups / reflection: nama lain untuk bagian teks di lembar.",
    "",
    "Lembar Skala: satu baris per skala. 'utama' adalah skala instrumen; skala lain diberi nama dan dipakai",
    "  oleh bagian atau indikator (kolom skala). jenis: numeric, yesno atau verbal.",
    "  kondisi / kondisi_ada / maksimal_menghitung: untuk jawaban berpasangan Ada/Tidak + skor;",
    "  maksimal_menghitung 'present' = skor maksimal hanya menghitung butir yang ada, 'all' = semua butir.",
    "Lembar Tingkat: tingkat tiap skala (kunci, label, nilai). tidak_ada = ya untuk jawaban 'Tidak ada' (nilai 0).",
    "Lembar Jenis NA: kunci satu huruf (tombol di layar), efek 'exclude' (tidak dihitung) atau 'level'",
    "  (dihitung sebagai tingkat pada kolom tingkat, misalnya tidak teramati = 1).",
    "Lembar Predikat: rentang seperti tercetak. bagian kosong = predikat instrumen; isi id bagian untuk",
    "  predikat per bagian. Rentang dibaca dari batas bawah: celah dan tumpang tindih hanya diberi peringatan.",
    "Lembar Konversi: tabel konversi (seperti PKG), bila dipakai.",
    "Lembar Bagian: id, judul, fase (planning / execution / reflection), tahap (pendahuluan / inti / penutup).",
    "Lembar Indikator: bagian (id bagian), id, teks; kolom 'rubrik <kunci tingkat>' berisi deskriptor tiap tingkat;",
    "  bobot (angka, bawaan 1), terbalik = ya untuk perilaku yang dihindari.",
    "  elemen: untuk penilaian dua tingkat (World Bank Teach), id butir elemen (skala 1-5) tempat perilaku ini",
    "  berada; perilaku dinilai dengan skala verbal (Rendah/Sedang/Tinggi) dan tidak dijumlahkan.",
    "Lembar Identitas: isian identitas yang ditanyakan sebelum observasi dan dicetak di lembar",
    "  (jenis text / number / date / choice; pilihan dipisah titik koma; wajib ya/tidak).",
    "Lembar Refleksi, Hitungan (tombol satu huruf), Potret: pertanyaan refleksi, hitungan, dan potret berkala.",
    "Ya/tidak boleh ditulis ya, tidak, TRUE, FALSE. Baris kosong dilewati.",
]


def example_form() -> Instrument:
    inst, problems = parse_form_text(EXAMPLE, "contoh")
    assert inst is not None, problems
    return inst


def write_template(path: Path) -> None:
    write_workbook(example_form(), path, instructions=INSTRUCTIONS)
