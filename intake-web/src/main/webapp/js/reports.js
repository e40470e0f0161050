// The reports page: shows who is logged in; the form itself is a plain GET download.
"use strict";
Staff.load();
