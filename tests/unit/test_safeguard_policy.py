"""P-SAFEGUARD: the passphrase rule, as a pure function."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import PolicyRefusal
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
