"""Customer companies and the people at them."""

import peewee as pw

from models.base import BaseModel
from models.enums import Priority, Role, Stage


class Account(BaseModel):
    name = pw.CharField(max_length=300)
    country = pw.CharField(max_length=2, index=True)
    city = pw.CharField(max_length=200, default="")
    timezone = pw.CharField(max_length=64, default="")
    stage = pw.CharField(max_length=20, default=Stage.LEAD.value, index=True)
    priority = pw.CharField(max_length=10, default=Priority.NORMAL.value)
    source = pw.CharField(max_length=200, default="", index=True)
    language = pw.CharField(max_length=35, default="")
    notes = pw.TextField(default="")
    tags = pw.TextField(default="")
    founded_on = pw.DateField(null=True)
    cadence_days = pw.IntegerField(null=True)
    # Casefolded, accent-free name + city + contact names: search works in every script.
    search_key = pw.TextField(default="", index=True)  # the list's first page is read in this order


class Contact(BaseModel):
    account = pw.ForeignKeyField(Account, backref="contacts", on_delete="CASCADE")
    name = pw.CharField(max_length=300)
    title = pw.CharField(max_length=200, default="")
    role = pw.CharField(max_length=20, default=Role.OTHER.value)
    email = pw.CharField(max_length=320, default="", index=True)
    phone = pw.CharField(max_length=100, default="")
    messaging = pw.TextField(default="{}")  # JSON object: {"wechat": "...", "whatsapp": "..."}
    language = pw.CharField(max_length=35, default="")
    timezone = pw.CharField(max_length=64, default="")
    birthday = pw.DateField(null=True)
    notes = pw.TextField(default="")
