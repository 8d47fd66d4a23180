"""The plan van aanpak: built from a conversation, edited by the worker, exported.

:func:`build_plan` turns an engine session result and the chosen provisions into a
:class:`PlanVanAanpak`; the functions of :mod:`assistant.plan.edit` change it;
:func:`export_plan` writes it as Markdown, JSON and/or print text.
"""

from assistant.plan.build import build_plan
from assistant.plan.edit import (
    add_action,
    add_oplossing,
    choose_provision,
    drop_provision,
    edit_domain,
    edit_plan,
    remove_action,
    set_actions,
)
from assistant.plan.errors import PlanError
from assistant.plan.export import (
    default_folder,
    export_plan,
    file_stem,
    plan_from_data,
    plan_from_json,
    plan_to_data,
    plan_to_json,
)
from assistant.plan.markdown import render_markdown
from assistant.plan.model import (
    PLAN_VERSION,
    Actie,
    ChosenProvision,
    DomainPlan,
    Oplossing,
    PlanVanAanpak,
    Score,
    Signaal,
)
from assistant.plan.text import render_text

__all__ = [
    "PLAN_VERSION",
    "Actie",
    "ChosenProvision",
    "DomainPlan",
    "Oplossing",
    "PlanError",
    "PlanVanAanpak",
    "Score",
    "Signaal",
    "add_action",
    "add_oplossing",
    "build_plan",
    "choose_provision",
    "default_folder",
    "drop_provision",
    "edit_domain",
    "edit_plan",
    "export_plan",
    "file_stem",
    "plan_from_data",
    "plan_from_json",
    "plan_to_data",
    "plan_to_json",
    "remove_action",
    "render_markdown",
    "render_text",
    "set_actions",
]
