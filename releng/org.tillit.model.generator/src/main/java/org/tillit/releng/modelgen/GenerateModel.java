package org.tillit.releng.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Builds the complete genmodel from {@code model/tillit.ecore}, saves it as
 * {@code model/tillit.genmodel} and generates the model code into a fresh {@code src-gen/}.
 * src-gen is emptied first, so the generator never needs JDT to merge hand edits: there are none.
 */
public final class GenerateModel {

    private static final String PLUGIN_ID = "org.tillit.model";

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args.length > 0 ? args[0] : "bundles/org.tillit.model").toAbsolutePath().normalize();
        Path ecoreFile = bundle.resolve("model/tillit.ecore");
        Path genmodelFile = bundle.resolve("model/tillit.genmodel");
        Path srcGen = bundle.resolve("src-gen");
        // The generator writes a whole plug-in (plugin.xml, build.properties, ...); only src-gen is
        // taken from it, the rest of the bundle is hand-written.
        Path staging = Path.of("target", "generated-plugin").toAbsolutePath();
        deleteRecursively(staging);

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // platform:/resource/org.tillit.model/... is where the generator writes; map it to the bundle folder.
        resources.getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI("/" + PLUGIN_ID + "/", false),
                URI.createFileURI(staging.toString() + "/"));

        Resource ecore = resources.getResource(URI.createFileURI(ecoreFile.toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        Resource genResource = resources.createResource(URI.createFileURI(genmodelFile.toString()));
        genResource.getContents().add(genModel);
        configure(genModel);

        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + diagnostic);
        }
        genResource.save(null);

        Generator generator = new Generator() {
            // src-gen starts empty, so there is nothing to merge: a control model without a
            // JDT facade lets the generator run without Eclipse JDT on the class path.
            @Override
            public JControlModel getJControlModel() {
                if (jControlModel == null) {
                    jControlModel = new JControlModel();
                }
                return jControlModel;
            }
        };
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + result);
        }
        deleteRecursively(srcGen);
        copyRecursively(staging.resolve("src-gen"), srcGen);
        try (Stream<Path> files = Files.walk(srcGen)) {
            System.out.println("Generated " + files.filter(p -> p.toString().endsWith(".java")).count()
                    + " Java files into " + srcGen);
        }
    }

    private static void configure(GenModel genModel) {
        genModel.setModelDirectory("/" + PLUGIN_ID + "/src-gen");
        genModel.setModelPluginID(PLUGIN_ID);
        genModel.setModelName("Tillit");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setCopyrightText("Tillit: qualitative research workbench.\n"
                + "Generated by EMF from model/tillit.ecore: do not edit, regenerate (see docs/architecture.md).");
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(false); // organizing needs JDT, which is not here
        genModel.setBundleManifest(false); // MANIFEST.MF is hand-written
        genModel.setUpdateClasspath(false);
        genModel.setCanGenerate(true);
        genModel.getForeignModel().add("tillit.ecore");
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Tillit");
            genPackage.setBasePackage("org.tillit");
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
