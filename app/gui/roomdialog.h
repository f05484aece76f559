#pragma once

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

// Switch Room (Ctrl+R): a room's name to type, above the list of this user's rooms that have
// members now, with their counts (IpcChannel::rooms()); picking one fills the name in, and a
// double-click joins it.
class RoomDialog : public QDialog
{
    Q_OBJECT
public:
    RoomDialog(const QString &current, QWidget *parent = nullptr);

    QString room() const;
    // Reads the directory again (also done when the dialog opens).
    void refresh();

    QLineEdit *roomEdit() const { return m_edit; }
    QListWidget *roomList() const { return m_list; }
    QLabel *listStatus() const { return m_status; }

    // The room name an item of the list stands for.
    static QString roomOf(const class QListWidgetItem *item);

private:
    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};
