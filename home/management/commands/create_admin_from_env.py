"""Creates the first administrator only when asked through the environment:
ADMIN_USERNAME, ADMIN_EMAIL and ADMIN_PASSWORD. There is never a default password."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Crea un amministratore se ADMIN_USERNAME e ADMIN_PASSWORD sono impostati."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME", "").strip()
        password = os.environ.get("ADMIN_PASSWORD", "")
        if not username or not password:
            self.stdout.write("Nessun amministratore richiesto (ADMIN_USERNAME/ADMIN_PASSWORD non impostati).")
            return
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(f"L'utente {username} esiste già: nessuna modifica.")
            return
        user = user_model(username=username, email=os.environ.get("ADMIN_EMAIL", ""))
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password non valida: " + " ".join(error.messages)) from error
        user.set_password(password)
        user.is_staff = True
        user.is_superuser = True
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Amministratore {username} creato."))
