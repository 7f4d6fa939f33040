using Jinjiang.Indicators.Cli;

return CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
