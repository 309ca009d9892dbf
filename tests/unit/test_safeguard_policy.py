"""P-SAFEGUARD: the passphrase rule, as a pure function."""

from __future__ import annotations

import ast
from html import escape
from pathlib import Path

import pytest

import desktop
from desktop.errors import PolicyRefusal
from desktop.policy import passphrase_patterns
from desktop.policy.safeguard import MIN_PASSPHRASE_LENGTH, RULE, Strength, assess_passphrase
from desktop.services import vault_access
from desktop.vault.recovery import new_recovery_code
from tests.helpers.vaults import FAST_KDF


@pytest.mark.parametrize("passphrase", ["", "short", "a" * (MIN_PASSPHRASE_LENGTH - 1)])
def test_p_safeguard_refuses_a_short_passphrase(passphrase: str) -> None:
    verdict = assess_passphrase(passphrase).verdict
    assert not verdict.allowed
    assert verdict.rule == RULE == "P-SAFEGUARD"
    assert verdict.message() == f"Use at least {MIN_PASSPHRASE_LENGTH} characters for the passphrase."


@pytest.mark.parametrize("passphrase", ["aaaaaaaaaaaaaaaa", "1234567890", "password1234", "abcdefghijkl"])
def test_p_safeguard_refuses_a_predictable_passphrase(passphrase: str) -> None:
    assessment = assess_passphrase(passphrase)
    assert not assessment.verdict.allowed
    assert assessment.strength <= Strength.WEAK


def test_p_safeguard_refuses_surrounding_spaces() -> None:
    verdict = assess_passphrase(" correct horse battery staple ").verdict
    assert not verdict.allowed
    assert "space" in verdict.message()


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "そらくもの空は今日も青い",
        "Tr0ub4dor&3-mishima!",
        "pa'ss\"ワード 2026",
    ],
)
def test_p_safeguard_accepts_a_long_varied_passphrase(passphrase: str) -> None:
    assessment = assess_passphrase(passphrase)
    assert assessment.verdict.allowed, assessment.verdict.message()
    assert assessment.strength >= Strength.FAIR


def test_p_safeguard_strength_grows_with_length() -> None:
    short = assess_passphrase("kumo-sora-1").bits
    longer = assess_passphrase("kumo-sora-1 umi-yama-2 kaze-3").bits
    assert longer > short


def test_p_safeguard_service_refuses_weak_passphrase_before_writing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    with pytest.raises(PolicyRefusal) as refusal:
        vault_access.create_practice_vault(
            folder,
            passphrase="weak",
            recovery_code=new_recovery_code(),
            practice_name="練習",
            counsellor_name="寺井",
            kdf=FAST_KDF,
        )
    assert refusal.value.rule == "P-SAFEGUARD"
    assert not folder.exists()


@pytest.mark.parametrize("passphrase", ["P@ssw0rd2026!", "1qaz2wsx3edc4rfv", "Password2026", "qwertyuiop123"])
def test_p_safeguard_refuses_what_zxcvbn_knows_though_ours_would_allow_it(passphrase: str) -> None:
    assessment = assess_passphrase(passphrase)
    assert not assessment.verdict.allowed, f"{passphrase} was accepted"
    assert assessment.strength <= Strength.WEAK, f"{passphrase} rated {assessment.strength.name}"
    assert assessment.hints, "zxcvbn's finding is said in our words"


def test_p_safeguard_a_common_password_with_swaps_and_a_year_gets_our_hints() -> None:
    hints = assess_passphrase("P@ssw0rd2026!").hints
    assert "This is close to a commonly used password." in hints
    assert "Swaps such as “@” for “a” or “0” for “o” add little." in hints
    assert all(hint in passphrase_patterns.HINTS.values() for hint in hints)


def test_p_safeguard_the_lower_estimate_counts_and_kana_stay_strong() -> None:
    """zxcvbn counts ten guesses a character where it finds no pattern; for kana ours counts instead."""
    kana = assess_passphrase("しんりそうだんのよやく")
    assert kana.verdict.allowed and kana.strength == Strength.STRONG
    assert assess_passphrase("1qaz2wsx3edc4rfv").bits < 20  # ours alone says about 75


def test_p_safeguard_every_zxcvbn_sentence_has_ours_and_a_translation() -> None:
    """Each of zxcvbn's feedback sentences (read from its source) maps to one of ours, in Japanese too."""
    import zxcvbn.feedback

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    sentences = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(sentences) > 20 and sentences <= set(passphrase_patterns.HINTS)
    japanese = (Path(desktop.__file__).parent / "resources" / "translations" / "desktop_ja.ts").read_text(
        encoding="utf-8"
    )
    for ours in passphrase_patterns.HINTS.values():
        assert f"<source>{escape(ours, quote=False)}</source>" in japanese, ours


def test_p_safeguard_a_passphrase_longer_than_zxcvbn_reads_is_judged_whole() -> None:
    long = "そらくも " * 30
    assessment = assess_passphrase(long)
    assert not assessment.verdict.allowed  # one word over and over, however long
    assert assess_passphrase("correct horse battery staple " * 3 + "kumo umi").verdict.allowed
