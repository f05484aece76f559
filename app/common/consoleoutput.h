#pragma once

// Makes the console show what the programs write, which is UTF-8 (JSON lines, translated
// messages). A Windows console decodes bytes through its output code page, by default the OEM
// one (437, 850, 932, ...), which garbles anything outside ASCII; elsewhere terminals take UTF-8
// already and this does nothing. Call once, early in main().
void useUtf8ConsoleOutput();
