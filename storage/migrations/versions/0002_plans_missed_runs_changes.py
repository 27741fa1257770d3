"""homework check-in plans, runs missed while the service was down, schedule change counter

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "missed_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("mentioned_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('agenda_readout', 'post_session', 'checkin')",
            name=op.f("ck_missed_runs_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_missed_runs")),
        sa.UniqueConstraint("kind", "target_id", "due_at", name=op.f("uq_missed_runs_kind")),
    )
    changes = op.create_table(
        "schedule_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_changes")),
    )
    # The one row the storage layer bumps; it must exist before the first change.
    op.bulk_insert(changes, [{"id": 1, "version": 0}])
    op.create_table(
        "homework_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.String(length=27), nullable=False),
        sa.Column("time_of_day", sa.Time(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_homework_plans_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_homework_plans")),
        sa.UniqueConstraint("item_id", name=op.f("uq_homework_plans_item_id")),
    )


def downgrade() -> None:
    op.drop_table("homework_plans")
    op.drop_table("schedule_changes")
    op.drop_table("missed_runs")
