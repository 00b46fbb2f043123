"""Dialogs: what a screen opens for an answer (the modals, and the full-screen conflict
chooser of the sync screen). They sit below the screens: a screen imports a dialog,
a dialog never imports a screen."""
