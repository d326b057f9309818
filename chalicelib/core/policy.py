"""Reminder policies: stages relative to the due date. Pure data with defaults per jurisdiction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from .errors import Fields

# The one list of stages (template names) and what each implies; renderer, letters and pages read these.
STAGES = ("heads_up", "reminder", "second_reminder", "firm", "formal_notice", "final_notice", "repeat")
STAGE_NAMES = STAGES
CHARGED_STAGES = frozenset({"firm", "formal_notice", "final_notice", "repeat"})  # late charges are claimed
NOTICE_STAGES = frozenset({"formal_notice", "final_notice"})  # at most once per invoice, never a first letter
NOTICE_DAYS = 8  # the deadline a formal or final notice gives
TONES = ("courteous", "neutral", "firm", "formal")
# Bounds that keep every date the schedule computes inside datetime's range and every name a short key.
OFFSET_RANGE = (-90, 3650)
MAX_STAGES = 12
NAME = re.compile(r"^[a-z0-9_-]{1,40}$")


@dataclass(frozen=True)
class Stage:
    name: str
    offset_days: int  # relative to the due date: -5 is five days before
    tone: str
    template: str = ""  # template name; the stage name when empty

    @property
    def template_name(self) -> str:
        return self.template or self.name

    @property
    def overdue(self) -> bool:
        """Sent after the due date: claims the invoice. Earlier stages only announce it."""
        return self.offset_days > 0

    @property
    def charged(self) -> bool:
        return self.template_name in CHARGED_STAGES

    @property
    def notice(self) -> bool:
        return self.template_name in NOTICE_STAGES


@dataclass(frozen=True)
class Policy:
    stages: tuple[Stage, ...]
    repeat_every_days: int | None = None  # after the last stage, until paid
    handoff_after_days: int | None = 60  # days after due: leaves the schedule, the firm is told
    min_gap_days: int = 4  # between two emails to one debtor
    max_per_30_days: int = 4
    window_start: time = time(9, 0)
    window_end: time = time(17, 0)
    promise_limit_days: int = 30
    promise_grace_business_days: int = 3
    # Backlogs: an invoice first named late climbs one stage per letter, each stage waiting the policy's
    # spacing between the two stages after the previous letter; this shortens that spacing (floored at
    # min_gap_days). None: the policy's own spacing.
    catch_up_gap_days: int | None = None
    name: str = "default"
    extra: dict = field(default_factory=dict, compare=False)

    def spacing(self, i: int) -> int:
        """Days a letter at stage i waits after the letter at stage i-1 named the same invoice."""
        gap = self.stages[i].offset_days - self.stages[i - 1].offset_days if i > 0 else 0
        if self.catch_up_gap_days is not None:
            gap = min(gap, self.catch_up_gap_days)
        return max(gap, self.min_gap_days)

    def index(self, stage_name: str | None) -> int:
        for i, s in enumerate(self.stages):
            if s.name == stage_name:
                return i
        return len(self.stages) if stage_name == "repeat" else -1


_FR = (
    Stage("heads_up", -5, "courteous"),
    Stage("reminder", 1, "courteous"),
    Stage("second_reminder", 8, "neutral"),
    Stage("firm", 15, "firm"),
    Stage("formal_notice", 30, "formal"),
    Stage("final_notice", 45, "formal"),
)
# Same rhythm elsewhere; the templates carry the jurisdiction's wording.
DEFAULTS = {"FR": Policy(_FR, name="default"), "*": Policy(_FR, name="default")}


def default_policy(jurisdiction: str) -> Policy:
    return DEFAULTS.get(jurisdiction.upper(), DEFAULTS["*"])


def from_dict(data: dict, *, base: Policy) -> Policy:
    """A tenant's policy document (API and settings) on top of a base; raises ValidationError. Every range is
    checked here: a saved policy is read again on every webhook of its tenant."""
    f = Fields("policy.")
    if not isinstance(data, dict):
        f.add("policy", "must be an object")
        f.raise_if_any("the policy is invalid")
    stages = base.stages
    if "stages" in data:
        raw = data["stages"]
        if not isinstance(raw, list) or not raw or len(raw) > MAX_STAGES:
            f.add("stages", f"must be a non-empty list of at most {MAX_STAGES} stages")
        else:
            parsed = []
            lo, hi = OFFSET_RANGE
            for i, s in enumerate(raw):
                offset = s.get("offset_days") if isinstance(s, dict) else None
                if not isinstance(offset, int) or isinstance(offset, bool):
                    f.add(f"stages[{i}]", "needs name, offset_days (integer), tone")
                    continue
                if not lo <= offset <= hi:
                    f.add(f"stages[{i}].offset_days", f"must be an integer from {lo} to {hi}")
                name, template = s.get("name"), s.get("template") or ""
                if not isinstance(name, str) or not NAME.match(name):
                    f.add(f"stages[{i}].name", "lower-case letters, digits, _ and - (at most 40)")
                elif name not in STAGE_NAMES[:-1] and not template:
                    f.add(f"stages[{i}].name", "unknown stage: give a template for a custom stage")
                if template and (not isinstance(template, str) or not NAME.match(template)):
                    f.add(f"stages[{i}].template", "a template name: lower-case letters, digits, _ and - (at most 40)")
                tone = s.get("tone", "neutral")
                if not isinstance(tone, str) or tone not in TONES:
                    f.add(f"stages[{i}].tone", "must be one of: " + ", ".join(TONES))
                parsed.append(Stage(str(name), offset, str(tone), str(template)))
            offsets = [s.offset_days for s in parsed]
            if offsets != sorted(offsets) or len(set(offsets)) != len(offsets):
                f.add("stages", "offsets must be strictly increasing")
            overdue = [s for s in parsed if s.overdue]
            if overdue and overdue[0].notice:
                f.add("stages", "the first stage after the due date cannot be a formal or final notice")
            stages = tuple(parsed)
    values: dict[str, Any] = {}  # Policy field -> checked value: int, None or time
    for key, lo, hi in (("repeat_every_days", 1, 365), ("handoff_after_days", 1, 3650), ("min_gap_days", 0, 60),
                        ("max_per_30_days", 1, 30), ("promise_limit_days", 1, 365),
                        ("promise_grace_business_days", 0, 30), ("catch_up_gap_days", 1, 60)):
        if key in data:
            v = data[key]
            if v is None and key in ("repeat_every_days", "handoff_after_days", "catch_up_gap_days"):
                values[key] = None
            elif not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                f.add(key, f"must be an integer from {lo} to {hi}")
            else:
                values[key] = v
    for key in ("window_start", "window_end"):
        if key in data:
            v = data[key]
            try:
                if not isinstance(v, str) or len(v) > 8:
                    raise ValueError
                values[key] = time.fromisoformat(v)
                if values[key].tzinfo is not None:  # a window is in the debtor's own zone
                    raise ValueError
            except (TypeError, ValueError):
                values.pop(key, None)
                f.add(key, "must be a time such as 09:00")
    start, end = values.get("window_start", base.window_start), values.get("window_end", base.window_end)
    if not {"policy.window_start", "policy.window_end"} & set(f.errors) and end <= start:
        f.add("window_end", "must be after window_start")
    name = data.get("name", base.name)
    if not isinstance(name, str) or not NAME.match(name):
        f.add("name", "lower-case letters, digits, _ and - (at most 40)")
    f.raise_if_any("the policy is invalid")
    return Policy(stages=stages, name=name,
                  **{k: getattr(base, k) for k in ("repeat_every_days", "handoff_after_days", "min_gap_days",
                                                   "max_per_30_days", "window_start", "window_end",
                                                   "promise_limit_days", "promise_grace_business_days",
                                                   "catch_up_gap_days")
                     if k not in values}, **values)


def to_dict(p: Policy) -> dict:
    return {"name": p.name, "stages": [{"name": s.name, "offset_days": s.offset_days, "tone": s.tone,
                                        **({"template": s.template} if s.template else {})} for s in p.stages],
            "repeat_every_days": p.repeat_every_days, "handoff_after_days": p.handoff_after_days,
            "min_gap_days": p.min_gap_days, "max_per_30_days": p.max_per_30_days,
            "window_start": p.window_start.strftime("%H:%M"), "window_end": p.window_end.strftime("%H:%M"),
            "promise_limit_days": p.promise_limit_days,
            "promise_grace_business_days": p.promise_grace_business_days,
            "catch_up_gap_days": p.catch_up_gap_days}
