#pragma once

#include <QtWidgets/QLabel>

// Under the Send button: how many more bytes the message may take, shown only once the end is
// near, since most messages are nowhere close to IpcChannel::MaxMessageBytes.
class RemainingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RemainingLabel(QWidget *parent = nullptr);

    // Bytes, not characters: the limit is on UTF-8, where one character may take up to four.
    void setUsedBytes(int used);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    int m_used = 0;
};
