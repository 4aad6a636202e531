"""Settings → Lost customers: the list of reasons a customer leaves (add, rename, take off the
list, put back) and how long a one-off buyer may stay quiet before they count as lapsed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retention_desktop.lifecycle import (
    LossError,
    LossReason,
    add_loss_reason,
    loss_reasons,
    remove_loss_reason,
    rename_loss_reason,
    restore_loss_reason,
)
from retention_desktop.settings import LAPSE_ONE_OFF_DAYS, get_setting

from ui.context import AppContext
from ui.forms import MUTED, NumberBox, error_label, show_errors, suffix_agreeing
from ui.ops import run_action


class LossSettingsPage(QWidget):
    """The reasons are saved as soon as they change (each change is one action); the lapse period
    is saved with the other settings (`lapse_days`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossSettingsPage")
        self._context = context

        self.lapse_days = NumberBox(14, 1000)
        self.lapse_days.setObjectName("lapseOneOffDays")
        suffix_agreeing(self.lapse_days, lambda n: self.tr(" days", "after the number of days", n))
        self.lapse_days.setValue(get_setting(context.db, LAPSE_ONE_OFF_DAYS))
        lapse_hint = QLabel(
            self.tr(
                "A customer who bought more than once is lapsed when quiet for three times their usual interval "
                "(at least 30 days); one who bought once, after this period."
            )
        )
        lapse_hint.setWordWrap(True)
        lapse_hint.setStyleSheet(MUTED)

        self.reasons = QListWidget()
        self.reasons.setObjectName("lossReasonsList")
        self.reasons.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reasons.itemDoubleClicked.connect(lambda _item: self.rename())
        self.show_archived = QCheckBox(self.tr("Show the reasons taken off the list"))
        self.show_archived.setObjectName("showArchivedReasons")
        self.show_archived.toggled.connect(lambda _on: self.load())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addReasonButton")
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("renameReasonButton")
        self.rename_button.clicked.connect(lambda: self.rename())
        self.remove_button = QPushButton(self.tr("Take off the list"))
        self.remove_button.setObjectName("removeReasonButton")
        self.remove_button.clicked.connect(lambda: self.remove())
        self.restore_button = QPushButton(self.tr("Put back on the list"))
        self.restore_button.setObjectName("restoreReasonButton")
        self.restore_button.clicked.connect(lambda: self.restore())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.reasons, 1)
        row.addLayout(buttons)
        reasons_hint = QLabel(
            self.tr("Changes to the list are saved at once. A reason already given to a customer is kept with them when it is taken off the list.")
        )
        reasons_hint.setWordWrap(True)
        reasons_hint.setStyleSheet(MUTED)
        self.error = error_label("reasons")

        lapse_row = QHBoxLayout()
        lapse_row.addWidget(self.lapse_days)
        lapse_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("One-off buyers are lapsed after"), lapse_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(lapse_hint)
        heading = QLabel(self.tr("Why customers leave"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        layout.addWidget(self.show_archived)
        layout.addWidget(reasons_hint)
        layout.addWidget(self.error)
        self.load()

    def load(self, keep: int | None = None) -> None:
        current = self.current()
        keep = keep if keep is not None else (current.id if current else None)
        self.reasons.clear()
        for reason in loss_reasons(self._context.db, include_archived=self.show_archived.isChecked()):
            text = reason.name if not reason.archived else self.tr("{name} (off the list)").format(name=reason.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.reasons.addItem(item)
            if reason.id == keep:
                self.reasons.setCurrentItem(item)
        self._update_buttons()

    def current(self) -> LossReason | None:
        item = self.reasons.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        reason = self.current()
        self.rename_button.setEnabled(reason is not None)
        self.remove_button.setEnabled(reason is not None and not reason.archived)
        self.restore_button.setEnabled(reason is not None and reason.archived)
        self.restore_button.setVisible(self.show_archived.isChecked())

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Reason"), QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def _act(self, title: str, work: object, keep: int | None = None) -> None:
        show_errors({"reasons": self.error}, {})
        run_action(
            self,
            title,
            work,  # type: ignore[arg-type]
            lambda result: self._done(result if isinstance(result, int) and not isinstance(result, bool) else keep),
            handles=(LossError,),
            on_refused=lambda error: show_errors({"reasons": self.error}, {"reasons": str(error)}),
        )

    def _done(self, keep: int | None) -> None:
        self.load(keep)
        self._context.changed.emit()

    def add(self, name: str | None = None) -> None:
        name = name if name is not None else self._ask_name(self.tr("Add a reason"))
        if name is not None:
            db = self._context.db
            self._act(self.tr("Add a reason"), lambda: add_loss_reason(db, name))

    def rename(self, name: str | None = None) -> None:
        reason = self.current()
        if reason is None:
            return
        name = name if name is not None else self._ask_name(self.tr("Rename the reason"), reason.name)
        if name is not None:
            db = self._context.db
            self._act(self.tr("Rename the reason"), lambda: rename_loss_reason(db, reason.id, name), reason.id)

    def remove(self) -> None:
        reason = self.current()
        if reason is not None:
            db = self._context.db
            self._act(self.tr("Take off the list"), lambda: remove_loss_reason(db, reason.id))

    def restore(self) -> None:
        reason = self.current()
        if reason is not None:
            db = self._context.db
            self._act(self.tr("Put back on the list"), lambda: restore_loss_reason(db, reason.id), reason.id)
