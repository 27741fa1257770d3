"""homework plans: several times a day, the person's own question, once before a date

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("homework_plans") as batch:
        batch.add_column(sa.Column("extra_times", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("question", sa.Text(), nullable=True))
        batch.add_column(sa.Column("once_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("homework_plans") as batch:
        batch.drop_column("once_on")
        batch.drop_column("question")
        batch.drop_column("extra_times")
