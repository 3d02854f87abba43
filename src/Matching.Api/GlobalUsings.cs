// The use cases' shared vocabulary (ValidationErrors, Problem, Roles, Actor), used by every feature folder.
global using Matching.Application.Common;
