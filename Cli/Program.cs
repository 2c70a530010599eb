using Adam.Verification.Cli;

return AdamvApp.Run(args, Console.Out, Console.Error);
