"""Moving records in and out of the book: import (CSV, Excel, vCard), export, and the exchange bundle between copies."""
