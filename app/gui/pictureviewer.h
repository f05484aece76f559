#pragma once

#include <QtCore/QByteArray>
#include <QtGui/QImage>
#include <QtWidgets/QDialog>

class QLabel;
class QPushButton;
class QScrollArea;

// A picture at full size, scrollable, with Save As. What is saved is the file as its sender
// sent it (the verified bytes), not a re-encoding.
class PictureViewer : public QDialog
{
    Q_OBJECT
public:
    PictureViewer(const QImage &image, const QByteArray &bytes, const QString &fileName, const QString &sender,
                  QWidget *parent = nullptr);

    QLabel *imageLabel() const { return m_image; }
    QPushButton *saveButton() const { return m_save; }
    // Writes the picture's bytes to path; false, with the reason, when that fails.
    bool saveTo(const QString &path, QString *error) const;
    QString suggestedFileName() const;

private:
    void saveAs();

    QByteArray m_bytes;
    QString m_fileName;
    QLabel *m_image = nullptr;
    QPushButton *m_save = nullptr;
};
