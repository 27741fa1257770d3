"""appointments imported from a calendar file remember the event's UID

Revision ID: 0006
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("calendar_uid", sa.String(length=512), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_appointments_calendar_uid"), ["calendar_uid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_calendar_uid"))
        batch_op.drop_column("calendar_uid")
