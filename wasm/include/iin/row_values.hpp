#pragma once
// What a staff or bank file writes beside a number: the person's birth date and sex, as cells of
// a row, and the column names that announce them. checkMany compares them with what a valid IIN
// encodes.

#include <optional>
#include <string_view>

#include "iin/civil_date.hpp"
#include "iin/identifier.hpp"

namespace iin {

// A birth date as such files write it: DD.MM.YYYY (also D.M.YYYY, with '/' or '-' instead of '.'),
// YYYY-MM-DD (also with '.'), optionally followed by a time; with `serials`, also an Excel serial
// day number (1 is 1900-01-01; 60, Excel's 29 February 1900, is no date).
std::optional<CivilDate> parse_cell_date(std::string_view cell, bool serials);

// М/Ж, Е/Ә, M/F, муж/жен, мужской/женский, ер/әйел, еркек, male/female (any case, a final '.').
std::optional<Gender> parse_cell_sex(std::string_view cell);

// Column names (any case, spaces and a final ':' ignored).
bool names_birth_date(std::string_view name);  // «Дата рождения», «Туған күні», "Date of birth", "DOB"…
bool names_sex(std::string_view name);  // «Пол», «Жынысы», "Sex", "Gender"
bool names_number(std::string_view name);  // «ИИН», «ЖСН», "IIN", «БИН», "BIN", «ИИН/БИН»…

}  // namespace iin
