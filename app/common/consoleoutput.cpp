#include "consoleoutput.h"

#include "shmchat_os.h"

#if defined(SHMCHAT_OS_WIN)
#  include <qt_windows.h>
#endif

void useUtf8ConsoleOutput()
{
#if defined(SHMCHAT_OS_WIN)
    // Only the console's interpretation changes; output redirected to a file or pipe is UTF-8
    // bytes either way. Fails harmlessly when there is no console.
    ::SetConsoleOutputCP(CP_UTF8);
#endif
}
