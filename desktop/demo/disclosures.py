"""Demo consents, disclosures, requests and testimonials for the demo practice (issue 6).

Added by :func:`desktop.demo.practice.generate` after its clients, to
the clients added since the last run, from its own random stream (so the
clients, notes and bookings stay as they were). Each consent, withdrawal,
disclosure and testimonial goes through its service's gate inside the one
unit of work (``add_consent``, ``withdraw_in``, ``add_disclosure``,
``add_testimonial``), so the demo holds only what the services accept, with
the row digests and events they write: almost every client who has notes gave intake
consent on their first session; a few let the practice tell family or a
doctor something, and those disclosures rest on a consent that covers them; a
handful rest on another basis with its justification and, where needed, the
requesting body; a few consents were later withdrawn; some clients asked to
see their data or their provision records, and most were answered in time.
Dates count back from ``until`` (at the latest the vault's today; testimonials
are marked on that day); the audit trail also gets one event with counts.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Client, Consent, ConsultationNote, Property, RightsRequest
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
    RequestStatus,
)
from desktop.services import consents, disclosures, testimonials
from desktop.services.consents import ConsentDraft
from desktop.services.disclosures import DisclosureDraft
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

#: The newest client id already given demo consents (so running the demo again adds none twice).
_DONE_KEY = "demo_consents_through"
_RECIPIENTS = {
    Relation.FAMILY: ("母", "父", "夫", "妻", "姉"),
    Relation.MEDICAL: ("三島中央クリニック", "沼津こころの診療所", "富士見メンタルクリニック"),
    Relation.SCHOOL: ("三島市立北中学校 養護教諭",),
}
_OTHER_BASES = (
    (
        Basis.VITAL,
        Relation.MEDICAL,
        "三島総合病院 救急外来",
        "自傷の危険が差し迫っていると判断し、救急外来へ連絡",
    ),
    (Basis.LAW, Relation.COURT, "静岡地方裁判所沼津支部", "文書提出命令に応じて提出"),
    (
        Basis.PUBLIC_HEALTH,
        Relation.GOVERNMENT,
        "静岡県東部保健所",
        "感染症の接触者調査への協力要請に応じて回答",
    ),
    (Basis.RIGHTS, Relation.OTHER, "顧問弁護士", "相談室に対する請求への対応のため、必要な範囲で共有"),
)
_ANSWERS = {
    RequestKind.SEE_DATA: "ご本人さま用の記録を書き出し、面談時にお渡ししました。",
    RequestKind.SEE_PROVISION_RECORDS: "第三者提供記録をPDFでお渡ししました。",
    RequestKind.CORRECT: "ご住所の誤りを訂正しました。",
    RequestKind.STOP_USE: "ご感想の掲載を停止しました。",
    RequestKind.ERASE: "ご登録内容を消去しました。",
}


@dataclass(frozen=True, slots=True)
class DisclosureDemoSummary:
    consents: int = 0
    disclosures: int = 0
    requests: int = 0
    testimonials: int = 0


def _new_clients(session: Session) -> list[tuple[int, str, date]]:
    """(id, name, first session day) of clients with notes not seen by an earlier run, in id order."""
    done = session.get(Property, _DONE_KEY)
    seen = int(done.value) if done is not None else 0
    first = (
        select(ConsultationNote.client_id, func.min(ConsultationNote.occurred_on).label("first"))
        .group_by(ConsultationNote.client_id)
        .subquery()
    )
    rows = session.execute(
        select(Client.id, Client.full_name, first.c.first)
        .join(first, first.c.client_id == Client.id)
        .where(Client.id > seen)
        .order_by(Client.id)
    )
    return [(row.id, row.full_name, row.first) for row in rows]


def _consent(
    session: Session, client_id: int, kind: ConsentKind, day: date, method: ConsentMethod, **scope: object
) -> Consent:
    form = method is ConsentMethod.FORM
    evidence = "初回面談時に同意書へ署名(紙の同意書を保管)" if form else "面談時に口頭で確認"
    draft = ConsentDraft(kind, day, method, evidence=evidence, **scope)  # type: ignore[arg-type]
    return consents.add_consent(session, client_id=client_id, draft=draft)


def _disclosure(session: Session, client_id: int, day: date, **fields: object) -> None:
    draft = DisclosureDraft(
        disclosed_on=day,
        items=frozenset({DataItem.NAME, DataItem.CONSULTATION}),
        recipient_contact="代表電話(記録簿に控え)",
        **fields,  # type: ignore[arg-type]
    )
    disclosures.add_disclosure(session, client_id=client_id, draft=draft)


def _between(rng: random.Random, first: date, until: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (until - first).days)))


def _add_client(
    session: Session,
    rng: random.Random,
    client: tuple[int, str, date],
    until: date,
    counts: dict[str, int],
    stamp: str,
) -> None:
    """One client's records, each through its gate (the rights requests, not a gated act, directly)."""
    client_id, _name, first = client
    if first > until:
        return
    if rng.random() < 0.93:  # the rest are the ones the notes panel warns about
        _consent(session, client_id, ConsentKind.SENSITIVE_DATA, first, ConsentMethod.FORM)
        counts["consents"] += 1
    if rng.random() < 0.04:
        _consent(session, client_id, ConsentKind.TESTIMONIAL, _between(rng, first, until), ConsentMethod.FORM)
        words = rng.choice(
            ("話を聞いてもらえて、気持ちが軽くなりました。", "自分のペースで考えられるようになりました。")
        )
        testimonials.add_testimonial(session, client_id=client_id, text=words)
        counts["consents"] += 1
        counts["testimonials"] += 1
    if rng.random() < 0.05:
        relation = rng.choice(list(_RECIPIENTS))
        given = _between(rng, first, until)
        consent = _consent(
            session,
            client_id,
            ConsentKind.DISCLOSURE,
            given,
            rng.choice((ConsentMethod.IN_PERSON, ConsentMethod.FORM)),
            relations=frozenset({relation}),
            items=frozenset({DataItem.NAME, DataItem.PHONE, DataItem.CONSULTATION}),
        )
        counts["consents"] += 1
        withdrawn = _between(rng, given, until) if rng.random() < 0.2 else None
        last = withdrawn - timedelta(days=1) if withdrawn else until
        if last >= given:
            _disclosure(
                session,
                client_id,
                _between(rng, given, last),
                recipient_name=rng.choice(_RECIPIENTS[relation]),
                relation=relation,
                basis=Basis.CONSENT,
                consent_id=consent.id,
                hand_over=rng.choice((HandOver.PHONE, HandOver.IN_PERSON, HandOver.POST)),
            )
            counts["disclosures"] += 1
        if withdrawn is not None:  # after the disclosure it allowed, so that one was recorded in time
            consents.withdraw_in(
                session, consent_id=consent.id, withdrawn_on=withdrawn, note="電話でご本人から撤回のお申し出"
            )
    if rng.random() < 0.01:
        basis, relation, recipient, why = rng.choice(_OTHER_BASES)
        needs_body = basis in (Basis.LAW, Basis.PUBLIC_HEALTH)
        _disclosure(
            session,
            client_id,
            _between(rng, first, until),
            recipient_name=recipient,
            relation=relation,
            basis=basis,
            hand_over=HandOver.POST if needs_body else HandOver.PHONE,
            justification=why,
            requesting_body=recipient if needs_body else "",
            reference=f"第{rng.randint(10, 999)}号" if needs_body else "",
        )
        counts["disclosures"] += 1
    if rng.random() < 0.02:
        kind = rng.choice([k for k in RequestKind if k is not RequestKind.ERASE])
        received = _between(rng, first, until)
        due = rules.request_due(received, 14)
        answered = received + timedelta(days=rng.randint(1, 10))
        done = answered <= until
        session.add(
            RightsRequest(
                client_id=client_id,
                kind=kind.value,
                received_on=received,
                due_on=due,
                status=(RequestStatus.ANSWERED if done else RequestStatus.OPEN).value,
                answered_on=answered if done else None,
                details="",
                response=_ANSWERS[kind] if done else "",
                refusal_reason="",
                recorded_at=stamp,
                updated_at=stamp,
            )
        )
        counts["requests"] += 1


def add_to_demo(vault: OpenVault, *, seed: int, until: date) -> DisclosureDemoSummary:
    """Give the clients added since the last run their consents (and a few disclosures and requests)."""
    rng = random.Random(f"disclosures-{seed}")
    counts = {"consents": 0, "disclosures": 0, "requests": 0, "testimonials": 0}
    until = min(until, vault.time.today())  # the gates refuse a record dated after today
    with vault.unit_of_work() as session:
        stamp = practice_time(session).stamp()
        for client in _new_clients(session):
            _add_client(session, rng, client, until, counts, stamp)
        newest = session.scalar(select(func.max(Client.id)))
        session.merge(Property(key=_DONE_KEY, value=str(newest or 0)))
        summary = DisclosureDemoSummary(**counts)
        if any(counts.values()):
            audit.append(session, "demo.disclosures_generated", detail={**asdict(summary), "seed": seed})
    return summary
