"""The public feedback forms. Each has a honeypot: a field people never see (hidden from
sight and from screen readers) that form-filling robots fill; such a submission is thanked
and dropped."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hardening.params import MAX_ID

HONEYPOT_FIELD = "sito_web"
MESSAGE_MAX_LENGTH = 2000
COMMENT_MAX_LENGTH = 1000
PATH_MAX_LENGTH = 300


class HoneypotForm(forms.Form):
    sito_web = forms.CharField(label=_("Non compilare questo campo"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, (forms.TextInput, forms.Textarea, forms.EmailInput)):
                field.widget.attrs.setdefault("class", "form-control")
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def full_clean(self):
        """Validates, then links each field to its error message for screen readers."""
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                described.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)

    def is_trap(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD, "").strip())


class ReportForm(HoneypotForm):
    messaggio = forms.CharField(
        label=_("Che cosa è sbagliato o manca?"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Ad esempio: l'orario è cambiato, il servizio è concluso, manca il telefono."),
        error_messages={"required": _("Scrivere che cosa è sbagliato o manca.")},
    )
    nome = forms.CharField(label=_("Nome (facoltativo)"), max_length=100, required=False)
    email = forms.EmailField(
        label=_("Email (facoltativa)"),
        required=False,
        help_text=_("Solo se si desidera una risposta dalla redazione."),
        error_messages={"invalid": _("Indirizzo email non valido: correggerlo o lasciarlo vuoto.")},
    )


class PageAddressForm(HoneypotForm):
    """Which page is rated: its Wagtail id when it is a page, and its path (every page has one)."""

    pagina = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID, widget=forms.HiddenInput)
    indirizzo = forms.CharField(max_length=PATH_MAX_LENGTH, widget=forms.HiddenInput)

    def clean_indirizzo(self):
        path = self.cleaned_data["indirizzo"]
        if not path.startswith("/") or path.startswith("//") or any(char in path for char in "\\\r\n\x00"):
            raise forms.ValidationError(_("Pagina non valida."))
        return path


class RatingForm(PageAddressForm):
    utile = forms.TypedChoiceField(
        label=_("Le informazioni di questa pagina ti sono state utili?"),
        choices=(("si", _("Sì")), ("no", _("No"))),
        coerce=lambda value: value == "si",
        error_messages={"required": _("Scegliere «Sì» o «No».")},
    )


class CommentForm(HoneypotForm):
    commento = forms.CharField(
        label=_("Vuoi aggiungere qualcosa? (facoltativo)"),
        max_length=COMMENT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Non scrivere dati personali: il commento serve solo a migliorare la pagina."),
    )
    valutazione = forms.CharField(widget=forms.HiddenInput)
