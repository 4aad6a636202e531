"""File → Open the shop's server…: the book on the shop's PostgreSQL server, shared by its PCs; for
the first PC, its own book copied there first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.book_copy import CopiedBook
from retention_desktop.db import Database
from retention_desktop.errors import UserError
from retention_desktop.progress import Progress
from retention_desktop.servers import DEFAULT_DATABASE, ServerAddressError, ServerDraft, server_address, server_draft

from ui import ops, style
from ui.buttons import name_buttons
from ui.context import AppContext
from ui.forms import NumberBox, error_label, grow_to_fit, show_errors, with_error, wrapped_label

FIELDS = ("host", "port", "database", "user", "password")


def copy_book(db: Database, address: str, progress: Progress) -> CopiedBook:
    """The open book copied into the server's new, empty database (book_copy.copy_into)."""
    from retention_desktop.book_copy import copy_into  # loaded when first used, as the dialogs are

    return copy_into(db, address, progress=progress)


def try_server(address: str, _progress: Progress) -> None:
    """Open the server's book once (made there if its database is new) and close it: whether the
    program can work in it, told before the window changes book."""
    from retention_desktop.db import open_database

    open_database(address).close()


class ServerDialog(QDialog):
    """The server's name or address, port, database, user and password; Open tries them and, once the
    server lets the program in, hands the address to `opened` (which opens the book in place of the
    one open). A problem is said in the dialog, which stays open to correct it."""

    def __init__(
        self,
        context: AppContext,
        opened: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        last: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Open the shop's server"))
        db = context.db
        self._db = db
        self._fmt = context.format
        self._opened = opened
        self.job: ops.Job | None = None
        known = server_draft(db.address) or (server_draft(last) if last else None) or ServerDraft("")

        intro = wrapped_label(
            self.tr(
                "A book that several PCs share is kept on the shop's PostgreSQL server. Whoever set the server up "
                "gives these; the README says how to set one up."
            ),
            "muted",
        )
        self.host = QLineEdit(known.host)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText("192.168.1.10")
        self.port = NumberBox(1, 65535)
        self.port.setObjectName("serverPort")
        self.port.setValue(known.port)
        self.database = QLineEdit(known.database or DEFAULT_DATABASE)
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit(known.user)
        self.user.setObjectName("serverUser")
        self.password = QLineEdit(known.password)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: error_label(name) for name in FIELDS}
        form = QFormLayout()
        form.addRow(self.tr("Server"), with_error(self.host, self.errors["host"]))
        form.addRow(self.tr("Port"), with_error(self.port, self.errors["port"]))
        form.addRow(self.tr("Database"), with_error(self.database, self.errors["database"]))
        form.addRow(self.tr("User name"), with_error(self.user, self.errors["user"]))
        form.addRow(self.tr("Password"), with_error(self.password, self.errors["password"]))

        on_server = db.path is None
        self._can_copy = not on_server  # a server's book is copied by copy-to, not from here
        self.copy_choice = QCheckBox(self.tr("First copy the book open now into it (only into a new, empty database)"))
        self.copy_choice.setObjectName("copyBookThere")
        copy_hint = wrapped_label(
            self.tr(
                "For the first PC: its customers, invoices and follow-ups go to the server, and the book in this PC's file "
                "stays as it is. The other PCs only open the server."
            ),
            "muted",
        )
        self.copy_choice.setVisible(not on_server)
        copy_hint.setVisible(not on_server)
        self.problem = error_label("server")

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openServerButton")
        style.set_role(self.open_button, "primary")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_server)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copy_choice)
        layout.addWidget(copy_hint)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        grow_to_fit(self)
        self.resize(560, self.sizeHint().height())

    def draft(self) -> ServerDraft:
        return ServerDraft(self.host.text(), self.port.value(), self.database.text(), self.user.text(), self.password.text())

    def open_server(self) -> ops.Job | None:
        """Check the parts, then try the server (copying the book there first if asked) off the GUI
        thread; the address goes to `opened` once the server lets the program in."""
        show_errors(self.errors, {})
        self.problem.hide()
        try:
            address = server_address(self.draft())
        except ServerAddressError as error:
            show_errors(self.errors, error.errors)
            return None
        db = self._db
        copying = self._can_copy and self.copy_choice.isChecked()
        label = self.tr("Copying the book to the server…") if copying else self.tr("Connecting to the server…")
        work: Callable[[Progress], object] = (
            (lambda progress: copy_book(db, address, progress)) if copying else (lambda progress: try_server(address, progress))
        )
        def done(found: object) -> None:
            if isinstance(found, CopiedBook):
                self._say_copied(found, address)
            else:
                self._done(address)

        self.job = ops.run_with_progress(self, self.windowTitle(), label, work, done, handles=(UserError,), on_refused=self._refused)
        return self.job

    def _say_copied(self, copied: CopiedBook, address: str) -> None:
        """What went to the server, said once before the window opens it: a move made once in a
        shop's life, which the owner should see was whole."""
        fmt = self._fmt
        counts = "\n".join(f"{label}: {fmt.number(count)}" for label, count in copied.counts.labelled() if count)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("The book is on the server now; the program opens it there. The book in this PC's file is kept as it was."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("bookCopiedBox")
        box.setInformativeText(counts)
        name_buttons(box)
        box.finished.connect(lambda _result: self._done(address))
        box.open()

    def _done(self, address: str) -> None:
        self.accept()
        self._opened(address)

    def _refused(self, error: UserError) -> None:
        self.problem.setText(str(error))
        self.problem.show()


__all__ = ["ServerDialog"]
