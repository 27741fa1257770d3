"""the person's own safety plan (Stanley and Brown): one row per line under a step; crisis
flags: which items raised a concern (level, what fired), brought up first at the appointment

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "step IN ('warning-signs', 'coping', 'distractions', 'people', 'professionals', "
            "'environment')",
            name=op.f("ck_safety_plan_entries_step"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_plan_entries")),
    )
    op.create_index(
        op.f("ix_safety_plan_entries_step"), "safety_plan_entries", ["step"], unique=False
    )

    op.create_table(
        "crisis_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("fired", sa.String(length=64), nullable=False),
        sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("level IN ('concern', 'urgent')", name=op.f("ck_crisis_flags_level")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_crisis_flags_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_flags")),
        sa.UniqueConstraint("item_id", name=op.f("uq_crisis_flags_item_id")),
    )


def downgrade() -> None:
    op.drop_table("crisis_flags")
    op.drop_index(op.f("ix_safety_plan_entries_step"), table_name="safety_plan_entries")
    op.drop_table("safety_plan_entries")
