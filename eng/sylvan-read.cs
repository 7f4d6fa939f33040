#:package Sylvan.Data.Csv
// The floor the CLI's evaluate is measured against (issue 19): the same observation file read by Sylvan alone, each
// row's date and number parsed, nothing kept but the numbers. Run it under /usr/bin/time beside the CLI:
//   dotnet run -c Release --project benchmarks -- --write-national /tmp/national 1000000
//   dotnet build eng/sylvan-read.cs -c Release   (then run the built program, not dotnet run, so the build is not timed)
//   /usr/bin/time -f "%e s, %M KB" <built program> /tmp/national/national.csv
using System.Globalization;
using Sylvan.Data.Csv;

using var csv = CsvDataReader.Create(args[0]);
var values = new List<double>();
var days = 0L;
while (csv.Read())
{
    var date = csv.GetFieldSpan(1);
    days += (int.Parse(date[..4], CultureInfo.InvariantCulture) * 512) + (int.Parse(date.Slice(5, 2), CultureInfo.InvariantCulture) * 32) + int.Parse(date.Slice(8, 2), CultureInfo.InvariantCulture);
    values.Add(double.Parse(csv.GetFieldSpan(2), CultureInfo.InvariantCulture));
}

Console.WriteLine($"{values.Count} rows, checksum {days + values.Sum():0}");
