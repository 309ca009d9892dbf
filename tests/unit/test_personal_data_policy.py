"""P-DATA: each client field is folded, then checked with one helpful sentence."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.policy import personal_data as pd


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("411-0036", "411-0036"),
        ("４１１ー００３６", "411-0036"),
        ("4110036", "411-0036"),
        ("〒411-0036", "411-0036"),
    ],
)
def test_p_data_postal_code_is_folded(typed: str, stored: str) -> None:
    check = pd.check_postal_code(typed)
    assert check.ok and check.value == stored


@pytest.mark.parametrize("typed", ["411-003", "41100366", "abc-defg", "411=0036"])
def test_p_data_postal_code_problem_keeps_what_was_typed(typed: str) -> None:
    check = pd.check_postal_code(typed)
    assert not check.ok
    assert "seven digits" in check.problem
    assert check.value  # nothing typed is lost


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("055-987-6543", "055-987-6543"),
        ("０５５−９８７−６５４３", "055-987-6543"),
        ("0559876543", "055-987-6543"),
        ("0554123456", "0554-12-3456"),
        ("0800-123-4567", "0800-123-4567"),
        ("08001234567", "0800-123-4567"),
        ("0120-123-456", "0120-123-456"),
        ("09012345678", "090-1234-5678"),
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("+81 90 1234 5678", "090-1234-5678"),
        ("050-1234-5678", "050-1234-5678"),
    ],
)
def test_p_data_phone_numbers_are_folded(typed: str, stored: str) -> None:
    check = pd.check_phone(typed)
    assert check.ok, check.problem
    assert check.value == stored


@pytest.mark.parametrize("typed", ["12345", "055-987-654", "0901234567890", "phone me", "0120-12-345"])
def test_p_data_bad_phone_numbers_get_a_sentence(typed: str) -> None:
    assert not pd.check_phone(typed).ok


def test_p_data_free_dial_0800_is_not_rewritten_as_a_mobile_number() -> None:
    assert pd.check_phone("0800-123-4567").value == "0800-123-4567"
    assert not pd.check_phone("0800-123-4567", mobile=True).ok


def test_p_data_mobile_must_be_a_mobile_number() -> None:
    assert pd.check_phone("090-1234-5678", mobile=True).ok
    check = pd.check_phone("055-987-6543", mobile=True)
    assert not check.ok and "070, 080 or 090" in check.problem


@pytest.mark.parametrize("typed", ["taro@example.jp", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "a.b+c@mail.co.jp"])
def test_p_data_email_addresses_are_accepted(typed: str) -> None:
    assert pd.check_email(typed).ok


@pytest.mark.parametrize("typed", ["taro", "taro@", "@example.jp", "taro@example", "ta ro@example.jp@x"])
def test_p_data_bad_email_addresses_get_a_sentence(typed: str) -> None:
    assert not pd.check_email(typed).ok


def test_p_data_birth_date_must_be_in_the_past() -> None:
    today = date(2026, 11, 25)
    assert pd.check_birth_date(date(1980, 1, 2), today).ok
    assert pd.check_birth_date(None, today).ok
    assert not pd.check_birth_date(today, today).ok
    assert not pd.check_birth_date(date(1850, 1, 1), today).ok


def test_p_data_reading_is_kana_and_sorts_in_gojuon_order() -> None:
    assert pd.check_reading("やまだ たろう").ok
    assert pd.check_reading("ヤマダ タロウ").ok
    assert not pd.check_reading("山田").ok
    readings = ["わたなべ", "アベ", "さとう", "かとう", "いとう"]
    assert sorted(readings, key=pd.reading_key) == ["アベ", "いとう", "かとう", "さとう", "わたなべ"]


def test_p_data_long_vowel_mark_takes_the_vowel_before_it() -> None:
    assert pd.reading_key("ラーメン") == "らあめん"
    assert pd.reading_key("コーヒー") == "こおひい"
    assert pd.reading_key("シューマイ") == "しゅうまい"
    readings = ["ランチ", "ラーメン", "ラジオ", "リョウ"]
    assert sorted(readings, key=pd.reading_key) == ["ラーメン", "ラジオ", "ランチ", "リョウ"]
