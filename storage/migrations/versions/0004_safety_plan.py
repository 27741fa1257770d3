"""the person's own safety plan (Stanley and Brown): one row per line under a step

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


def downgrade() -> None:
    op.drop_index(op.f("ix_safety_plan_entries_step"), table_name="safety_plan_entries")
    op.drop_table("safety_plan_entries")
