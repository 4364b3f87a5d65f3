from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from editorial.importer.reader import max_upload_bytes


class ServiceImportForm(forms.Form):
    network = forms.ModelChoiceField(label=_("Rete"), queryset=None, empty_label=_("Scegliere la rete"))
    file = forms.FileField(
        label=_("File dei servizi"),
        help_text=_("Un file .csv (UTF-8) o .xlsx con le intestazioni del modello."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].queryset = networks
        # One network: it is the editor's. Several (the regional group): no default, to choose.
        if len(networks) == 1:
            self.fields["network"].empty_label = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(
                _("Il file supera la dimensione massima di %(size)s.") % {"size": filesizeformat(max_upload_bytes())}
            )
        return upload


class FreshnessFilterForm(forms.Form):
    network = forms.ModelChoiceField(label=_("Rete"), queryset=None, required=False, empty_label=_("Tutte le reti"))

    def __init__(self, *args, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].queryset = networks
